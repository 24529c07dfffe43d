namespace Polis.Transit.Tracking;

/// <summary>
/// A vehicle reached stop <see cref="StopIndex"/> of its run. <see cref="Interpolated"/>: no report fell inside the
/// stop's zone, the time comes from the reports either side. <see cref="RunningSeconds"/>: time from the previous
/// stop's departure, when both were timed from reports close enough together for the running-time history.
/// </summary>
public readonly record struct StopArrival(int StopIndex, DateTimeOffset Time, bool Interpolated, double? RunningSeconds);
