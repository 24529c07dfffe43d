using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;
using Polis.Transit.Feeds;

namespace Polis.Transit.Tracking.Api;

/// <summary>Arrival prediction accuracy under /api/v1/transit/predictions/accuracy, per horizon bucket with the benchmark's bands.</summary>
public static class PredictionAccuracyEndpoints
{
    public const int MaxDays = 366;

    public static IEndpointRouteBuilder MapPredictionAccuracyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/transit/predictions/accuracy", GetAsync).WithTags("Transit").RequireAuthorization(PolisPolicies.Read).WithName("GetPredictionAccuracy")
            .WithSummary("Prediction accuracy per horizon bucket (0-3, 3-6, 6-10, 10-15 min) against the ETA Accuracy Benchmark's bands; from/to are days (default: the last 7).");
        return endpoints;
    }

    public static async Task<Results<Ok<AccuracyReportResponse>, ValidationProblem>> GetAsync(
        DateOnly? from, DateOnly? to, string? routeId, ITrackingHistoryStore store, ITransitNetworkProvider networkProvider,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var network = networkProvider.Current;
        var now = timeProvider.GetUtcNow();
        var last = to ?? network?.LocalDate(now) ?? DateOnly.FromDateTime(now.UtcDateTime);
        var first = from ?? last.AddDays(-6);
        if (first > last || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [$"from must not be after to, and the range at most {MaxDays} days."] });
        }

        return TypedResults.Ok(new AccuracyReportResponse(first, last, routeId, await PredictionAccuracyReport.ReadAsync(store, first, last, routeId, cancellationToken)));
    }
}
