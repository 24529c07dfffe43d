using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Polis.Transit.Realtime;

/// <summary>
/// The public GTFS-Realtime feeds, anonymous by design (riders' apps and trip planners fetch them):
/// protobuf as the spec defines, <c>?format=json</c> for people. Each answer carries an ETag and
/// Last-Modified (a client polling with If-None-Match gets 304 until the next build) and may be cached for one
/// refresh interval.
/// </summary>
public static class GtfsRealtimeEndpoints
{
    public const string ProtobufMediaType = "application/x-protobuf";

    public static IEndpointRouteBuilder MapGtfsRealtimeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/gtfs-rt").WithTags("GTFS-Realtime").AllowAnonymous();
        group.MapGet("/vehicle-positions", VehiclePositionsAsync).WithName("GtfsRealtimeVehiclePositions")
            .WithSummary("Live vehicles as a GTFS-Realtime VehiclePositions feed (protobuf; ?format=json for people).");
        group.MapGet("/trip-updates", TripUpdatesAsync).WithName("GtfsRealtimeTripUpdates")
            .WithSummary("Predicted arrivals and cancelled runs as a GTFS-Realtime TripUpdates feed (protobuf; ?format=json for people).");
        group.MapGet("/alerts", AlertsAsync).WithName("GtfsRealtimeAlerts")
            .WithSummary("Current and upcoming service alerts as a GTFS-Realtime Alerts feed (protobuf; ?format=json for people).");
        return endpoints;
    }

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> VehiclePositionsAsync(
        string? format, HttpContext context, GtfsRealtimeFeedCache feeds, IOptions<GtfsRealtimeOptions> options, CancellationToken cancellationToken) =>
        ServeAsync(GtfsRealtimeFeedKind.VehiclePositions, format, context, feeds, options.Value, cancellationToken);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> TripUpdatesAsync(
        string? format, HttpContext context, GtfsRealtimeFeedCache feeds, IOptions<GtfsRealtimeOptions> options, CancellationToken cancellationToken) =>
        ServeAsync(GtfsRealtimeFeedKind.TripUpdates, format, context, feeds, options.Value, cancellationToken);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> AlertsAsync(
        string? format, HttpContext context, GtfsRealtimeFeedCache feeds, IOptions<GtfsRealtimeOptions> options, CancellationToken cancellationToken) =>
        ServeAsync(GtfsRealtimeFeedKind.Alerts, format, context, feeds, options.Value, cancellationToken);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ServeAsync(
        GtfsRealtimeFeedKind kind, string? format, HttpContext context, GtfsRealtimeFeedCache feeds, GtfsRealtimeOptions options, CancellationToken cancellationToken)
    {
        var json = string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);
        if (!json && format is not null && !string.Equals(format, "protobuf", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem($"Unknown format '{format}': use 'protobuf' (the default) or 'json'.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown format");
        }

        var feed = await feeds.GetAsync(kind, cancellationToken);
        var maxAge = Math.Max(1, (int)options.RefreshInterval.TotalSeconds);
        context.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={maxAge}");
        var lastModified = PosixTime.FromSeconds(feed.Message.Header.Timestamp);
        return json
            ? TypedResults.Bytes(feed.JsonBytes, "application/json; charset=utf-8", lastModified: lastModified, entityTag: new EntityTagHeaderValue(feed.ETag.Insert(feed.ETag.Length - 1, "-json")))
            : TypedResults.Bytes(feed.Bytes, ProtobufMediaType, lastModified: lastModified, entityTag: new EntityTagHeaderValue(feed.ETag));
    }
}
