namespace Polis.Transit.Tracking;

/// <summary>
/// A finished call at stop <see cref="StopIndex"/>: actual arrival (null when the vehicle was first seen already
/// there) and departure (null at the last stop, or when the vehicle left its run while at the stop), and the dwell
/// when both ends were observed from reports close enough together for the history.
/// </summary>
public readonly record struct StopVisit(int StopIndex, DateTimeOffset? Arrival, DateTimeOffset? Departure, bool Interpolated, double? DwellSeconds);
