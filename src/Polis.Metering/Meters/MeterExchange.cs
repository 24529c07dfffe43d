namespace Polis.Metering.Meters;

/// <summary>
/// A technician's exchange at <see cref="At"/>: the old meter's open installation ends with its
/// <see cref="FinalRead"/>, the new meter's starts at the same service point with its <see cref="InitialRead"/>.
/// </summary>
public sealed record MeterExchange(string OldMeterId, string NewMeterId, DateTimeOffset At, double FinalRead, double InitialRead);
