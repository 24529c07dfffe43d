namespace Polis.Metering.Meters;

/// <summary>
/// A meter in place at a service point over [<see cref="From"/>, <see cref="To"/>) (open while <see cref="To"/> is
/// null), with the register reads taken when it was put in and taken out. A meter exchange ends one installation and
/// starts the next at the same instant, so the service point's consumption continues across meters.
/// </summary>
public sealed record Installation(
    long Id,
    string MeterId,
    string ServicePointId,
    DateTimeOffset From,
    DateTimeOffset? To,
    double? InitialRead,
    double? FinalRead)
{
    /// <summary>Whether this installation and [<paramref name="from"/>, <paramref name="to"/>) share an instant.</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset? to) =>
        (To is not { } end || from < end) && (to is not { } otherEnd || From < otherEnd);

    public bool IsOpen => To is null;
}
