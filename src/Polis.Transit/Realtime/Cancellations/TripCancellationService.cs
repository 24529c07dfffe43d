using System.Globalization;
using Polis.Platform.Devices;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime.Cancellations;

/// <summary>
/// Cancels runs and reinstates them. A cancellation must name a run the active feed has on that date that has not
/// yet ended; it is stored together with a NO_SERVICE alert for the trip (active until the run's scheduled end), and
/// withdrawing it removes both.
/// </summary>
public sealed class TripCancellationService(ITripCancellationStore store, TransitRealtimeSources sources, TimeProvider timeProvider)
{
    public const int MaxReasonLength = 500;

    public static string NotFoundDetail(string id) => $"Cancellation '{id}' does not exist.";

    public async Task<OperationResult<TripCancellation>> CreateAsync(TripCancellationRequest? request, string actor, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var now = timeProvider.GetUtcNow();
        var network = sources.Network;
        if (Resolve(request, network, now, errors) is not { } run)
        {
            return OperationResult<TripCancellation>.Invalid(errors);
        }

        var reason = string.IsNullOrWhiteSpace(request!.Reason) ? null : request.Reason.Trim();
        var cancellation = new TripCancellation(Guid.NewGuid().ToString("N"), run.Trip.Id, run.Trip.Route.Id, run.ServiceDate, run.StartSeconds, reason,
            run.ScheduledEnd, actor, now);
        var header = $"{RunAlerts.Describe(run, network!.TimeZone)} on {run.ServiceDate:yyyy-MM-dd} is cancelled";
        var alert = RunAlerts.Automatic(cancellation.AlertId, AlertEffect.NoService, header, reason, run, now, run.ScheduledEnd, actor);
        return await store.AddAsync(cancellation, alert, cancellationToken)
            ? OperationResult<TripCancellation>.Ok(cancellation)
            : OperationResult<TripCancellation>.Conflict($"The run {run.Key} is already cancelled.");
    }

    private static TripInstance? Resolve(TripCancellationRequest? request, TransitNetwork? network, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (request is null)
        {
            errors["$"] = ["A JSON object with tripId, serviceDate, startTime and reason is required."];
            return null;
        }

        if (network is null)
        {
            errors["tripId"] = ["No GTFS feed is active: import a feed first."];
            return null;
        }

        if (string.IsNullOrEmpty(request.TripId) || !network.Trips.TryGetValue(request.TripId, out var trip))
        {
            errors["tripId"] = [request.TripId is null ? "A tripId is required." : $"Trip '{request.TripId}' is not in the active feed."];
            return null;
        }

        if (request.Reason is { Length: > MaxReasonLength })
        {
            errors["reason"] = [$"At most {MaxReasonLength} characters."];
        }

        if (!TryParseDate(request.ServiceDate, out var date))
        {
            errors["serviceDate"] = ["A service date YYYY-MM-DD (or YYYYMMDD) is required."];
        }

        int? start = null;
        if (request.StartTime is not null)
        {
            start = GtfsTime.TryParse(request.StartTime, out var seconds) ? seconds : null;
            if (start is null)
            {
                errors["startTime"] = ["A GTFS time HH:MM:SS (may pass 24:00:00) is required."];
            }
        }
        else if (trip.IsFrequencyBased)
        {
            errors["startTime"] = [$"Trip '{trip.Id}' is frequency-based: name the run by its start time HH:MM:SS."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var run = network.Instance(trip.Id, date, start);
        if (run is null)
        {
            errors[request.StartTime is null ? "serviceDate" : "startTime"] =
                [$"Trip '{trip.Id}' has no run on {date:yyyy-MM-dd}{(request.StartTime is null ? string.Empty : $" starting {request.StartTime}")}."];
        }
        else if (run.ScheduledEnd <= now)
        {
            errors["serviceDate"] = [$"That run ended at {run.ScheduledEnd:O}; only runs still to come or under way can be cancelled."];
            return null;
        }

        return run;
    }

    private static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
