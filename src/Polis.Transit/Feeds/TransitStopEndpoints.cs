using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Devices;
using Polis.Platform.Identity;
using Polis.Transit.Feeds.Api;

namespace Polis.Transit.Feeds;

/// <summary>Stops of the active feed under /api/v1/transit/stops, and each stop's timetable for a service date.</summary>
public static class TransitStopEndpoints
{
    public const int MaxPageSize = 1_000;

    public static IEndpointRouteBuilder MapTransitStopEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/transit/stops").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", List).WithName("ListTransitStops").WithSummary("Stops with paging, a bounding box (bbox=west,south,east,north) and a name search (q).");
        group.MapGet("/{id}", Get).WithName("GetTransitStop").WithSummary("One stop.");
        group.MapGet("/{id}/timetable", GetTimetable).WithName("GetTransitStopTimetable")
            .WithSummary("Every call at the stop (a station: at its platforms) on a service date (date=YYYY-MM-DD, default today in the feed's time zone); frequency runs expanded.");
        return endpoints;
    }

    public static Results<Ok<Page<StopResponse>>, ValidationProblem, ProblemHttpResult> List(ITransitNetworkProvider networks, string? q, string? bbox, int? offset, int? limit)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var box = bbox is null ? null : BoundingBox.Parse(bbox);
        if (bbox is not null && box is null)
        {
            errors["bbox"] = ["bbox is west,south,east,north in decimal degrees, west <= east and south <= north."];
        }

        if (offset is < 0 || limit is < 1 or > MaxPageSize)
        {
            errors["paging"] = [$"offset must be >= 0 and limit between 1 and {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (networks.Current is not { } network)
        {
            return TransitProblems.NoFeed();
        }

        var matches = network.Stops.Values
            .Where(s => q is null || s.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || s.Id.Equals(q, StringComparison.Ordinal) || s.Code == q)
            .Where(s => box is null || (s is { Latitude: { } lat, Longitude: { } lon } && box.Value.Contains(new GeoPoint(lon, lat))))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var (skip, take) = (offset ?? 0, limit ?? 100);
        return TypedResults.Ok(new Page<StopResponse>([.. matches.Skip(skip).Take(take).Select(StopResponse.From)], matches.Count, skip, take));
    }

    public static Results<Ok<StopResponse>, ProblemHttpResult> Get(string id, ITransitNetworkProvider networks)
    {
        if (networks.Current is not { } network)
        {
            return TransitProblems.NoFeed();
        }

        return network.Stops.TryGetValue(id, out var stop) ? TypedResults.Ok(StopResponse.From(stop)) : TransitProblems.NotFound("stop", id);
    }

    public static Results<Ok<StopTimetableResponse>, ValidationProblem, ProblemHttpResult> GetTimetable(string id, string? date, ITransitNetworkProvider networks, TimeProvider time)
    {
        DateOnly? serviceDate = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["date is a service date as YYYY-MM-DD."] });
            }

            serviceDate = parsed;
        }

        if (networks.Current is not { } network)
        {
            return TransitProblems.NoFeed();
        }

        return network.Stops.TryGetValue(id, out var stop)
            ? TypedResults.Ok(StopTimetables.For(network, stop, serviceDate ?? network.LocalDate(time.GetUtcNow())))
            : TransitProblems.NotFound("stop", id);
    }
}
