using System.Globalization;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// An alert's informed entities: at least one, each naming something (E032, E033), with ids that exist in the
/// active feed (E003, E004, E011, E034), a direction only with its route, a trip of the route it is given with
/// (E030), and a run (start date, start time) that the timetable has.
/// </summary>
public static class InformedEntityValidator
{
    public const int MaxEntities = 200;

    public static List<AlertInformedEntity> Validate(IReadOnlyList<AlertInformedEntityRequest?>? given, TransitNetwork? network, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var entities = new List<AlertInformedEntity>();
        if (given is null || given.Count == 0)
        {
            errors["informedEntities"] = ["At least one informed entity (agency, route, route type, trip or stop) is required."];
            return entities;
        }

        if (given.Count > MaxEntities)
        {
            errors["informedEntities"] = [$"At most {MaxEntities} informed entities."];
            return entities;
        }

        for (var i = 0; i < given.Count; i++)
        {
            if (Entity(given[i], network, $"informedEntities[{i}]", errors) is { } entity)
            {
                entities.Add(entity);
            }
        }

        return entities;
    }

    private static AlertInformedEntity? Entity(AlertInformedEntityRequest? request, TransitNetwork? network, string path, Dictionary<string, string[]> errors)
    {
        if (request is null || (request.AgencyId is null && request.RouteId is null && request.RouteType is null && request.Trip is null && request.StopId is null))
        {
            errors[path] = ["Name at least one of agencyId, routeId, routeType, trip and stopId."];
            return null;
        }

        var before = errors.Count;
        if ((request.AgencyId ?? request.RouteId ?? request.Trip?.TripId ?? request.StopId) is not null && network is null)
        {
            errors[path] = ["No GTFS feed is active, so ids cannot be checked: import a feed first."];
            return null;
        }

        Exists(request.AgencyId, $"{path}.agencyId", "agency", k => network!.Agencies.ContainsKey(k), errors);
        Exists(request.RouteId, $"{path}.routeId", "route", k => network!.Routes.ContainsKey(k), errors);
        Exists(request.StopId, $"{path}.stopId", "stop", k => network!.Stops.ContainsKey(k), errors);
        if (request.RouteType is < 0 or > 1702)
        {
            errors[$"{path}.routeType"] = ["A GTFS route_type (0–12, or an extended type 100–1702) is required."];
        }

        if (request.DirectionId is not null && (request.DirectionId is not (0 or 1) || request.RouteId is null))
        {
            errors[$"{path}.directionId"] = ["0 or 1, and only together with routeId."];
        }

        if (request.Trip is { } trip)
        {
            Trip(trip, request.RouteId, network!, $"{path}.trip", errors);
        }

        return errors.Count > before ? null : new AlertInformedEntity(request.AgencyId, request.RouteId, request.RouteType, request.DirectionId,
            request.Trip?.TripId, request.Trip?.StartDate, request.Trip?.StartTime, request.StopId);
    }

    private static void Trip(AlertTripRequest trip, string? routeId, TransitNetwork network, string path, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(trip.TripId) || !network.Trips.TryGetValue(trip.TripId, out var scheduled))
        {
            errors[$"{path}.tripId"] = [trip.TripId is null ? "A tripId is required." : $"Trip '{trip.TripId}' is not in the active feed."];
            return;
        }

        if (routeId is not null && !string.Equals(scheduled.Route.Id, routeId, StringComparison.Ordinal))
        {
            errors[$"{path}.tripId"] = [$"Trip '{trip.TripId}' runs on route '{scheduled.Route.Id}', not '{routeId}'."];
        }

        int? startSeconds = null;
        if (trip.StartTime is not null)
        {
            if (!GtfsTime.TryParse(trip.StartTime, out var seconds))
            {
                errors[$"{path}.startTime"] = ["A GTFS time HH:MM:SS (may pass 24:00:00) is required."];
                return;
            }

            startSeconds = seconds;
        }

        if (trip.StartDate is null)
        {
            if (trip.StartTime is not null)
            {
                errors[$"{path}.startDate"] = ["A start time needs its start date (YYYYMMDD)."];
            }

            return;
        }

        if (!DateOnly.TryParseExact(trip.StartDate, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[$"{path}.startDate"] = ["A date YYYYMMDD is required."];
        }
        else if (network.Instance(trip.TripId, date, startSeconds) is null)
        {
            errors[$"{path}.startDate"] = [$"Trip '{trip.TripId}' has no run on {trip.StartDate}{(trip.StartTime is null ? string.Empty : $" starting {trip.StartTime}")}."];
        }
    }

    private static void Exists(string? id, string field, string what, Func<string, bool> exists, Dictionary<string, string[]> errors)
    {
        if (id is not null && (id.Length == 0 || !exists(id)))
        {
            errors[field] = [$"The {what} '{id}' is not in the active feed."];
        }
    }
}
