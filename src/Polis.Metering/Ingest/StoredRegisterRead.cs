namespace Polis.Metering.Ingest;

/// <summary>
/// A stored register read: the first value received for the meter at <see cref="At"/>, when and how it came, how
/// many identical copies followed (<see cref="Duplicates"/>), and the different values received for the same instant
/// (<see cref="ConflictingValues"/>, kept and flagged, never applied).
/// </summary>
public sealed record StoredRegisterRead(DateTimeOffset At, double Value, DateTimeOffset ReceivedAt, ReadSource Source, int Duplicates, IReadOnlyList<double> ConflictingValues)
{
    public bool IsConflicted => ConflictingValues.Count > 0;
}
