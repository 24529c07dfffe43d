namespace Polis.Transit.Gtfs;

/// <summary>
/// A row of frequencies.txt: the trip's stop times are a template repeated every <see cref="HeadwaySeconds"/>
/// from <see cref="StartSeconds"/> (inclusive) to <see cref="EndSeconds"/> (exclusive). With
/// <see cref="ExactTimes"/> false the service is headway-based and riders are promised the headway, not times.
/// </summary>
public sealed record GtfsFrequency(string TripId, int StartSeconds, int EndSeconds, int HeadwaySeconds, bool ExactTimes);
