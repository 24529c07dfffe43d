namespace Polis.Transit.Tracking;

/// <summary>The accuracy of one route's predictions in one horizon bucket on one day (the local date of the arrivals).</summary>
public sealed record AccuracyTally(string RouteId, DateOnly Day, int Bucket, AccuracyCounts Counts);
