using System.Globalization;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime;

/// <summary>
/// What Polis's automatic alerts about one run share: the informed entity (the run's trip on its route, one selector
/// so only that trip is affected, not the whole route) and how a run is named to riders.
/// </summary>
public static class RunAlerts
{
    public static AlertInformedEntity InformedEntity(TripInstance run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new AlertInformedEntity(RouteId: run.Trip.Route.Id, TripId: run.Trip.Id, TripStartDate: run.StartDateText,
            TripStartTime: run.Trip.IsFrequencyBased ? run.StartTimeText : null);
    }

    /// <summary>"Route 1, 08:00 to Airport" (the local departure time; the headsign when the feed has one).</summary>
    public static string Describe(TripInstance run, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(run);
        var start = TimeZoneInfo.ConvertTime(run.ScheduledStart, timeZone).ToString("HH:mm", CultureInfo.InvariantCulture);
        var headsign = string.IsNullOrWhiteSpace(run.Trip.Trip.Headsign) ? string.Empty : $" to {run.Trip.Trip.Headsign}";
        return $"Route {run.Trip.Route.DisplayName}, {start}{headsign}";
    }

    /// <summary>An automatic alert about the run, active from <paramref name="now"/> until <paramref name="end"/> (open when null).</summary>
    public static ServiceAlert Automatic(string id, AlertEffect effect, string header, string? description, TripInstance run, DateTimeOffset now, DateTimeOffset? end, string actor) =>
        new(id, AlertCause.UnknownCause, effect, AlertSeverityLevel.Warning, header, description, null, [], [InformedEntity(run)],
            [new AlertActivePeriod(now, end > now ? end : null)], AlertSource.Automatic, actor, now, actor, now);
}
