namespace Polis.Transit.Realtime.Cancellations;

/// <summary>
/// An operator's cancellation of one run: the trip on a service date, starting at <see cref="StartSeconds"/>
/// (seconds since the service day's reference, as <see cref="Timetable.TripInstance.StartSeconds"/>), so a
/// frequency-based trip's runs are cancelled one by one. <see cref="ScheduledEnd"/> is when the run would have
/// finished: after it the cancellation leaves the feeds.
/// </summary>
public sealed record TripCancellation(
    string Id,
    string TripId,
    string RouteId,
    DateOnly ServiceDate,
    int StartSeconds,
    string? Reason,
    DateTimeOffset ScheduledEnd,
    string CreatedBy,
    DateTimeOffset CreatedAt)
{
    /// <summary>The id of the NO_SERVICE alert published with the cancellation (removed with it).</summary>
    public string AlertId => AlertIdFor(Id);

    public static string AlertIdFor(string cancellationId) => $"cancellation-{cancellationId}";
}
