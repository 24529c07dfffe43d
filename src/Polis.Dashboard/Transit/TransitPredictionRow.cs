namespace Polis.Dashboard.Transit;

/// <summary>One stop ahead of a vehicle: scheduled beside predicted arrival, the delay that makes, and the 1σ uncertainty (s).</summary>
public sealed record TransitPredictionRow(
    int StopIndex, string StopId, string? StopName, DateTimeOffset ScheduledArrival, DateTimeOffset PredictedArrival, int DelaySeconds, int UncertaintySeconds);
