namespace Polis.Transit.Tracking.Api;

/// <summary>Prediction accuracy over the days [From, To] (local service days), of one route or all.</summary>
public sealed record AccuracyReportResponse(DateOnly From, DateOnly To, string? RouteId, IReadOnlyList<AccuracyBucketResponse> Buckets);
