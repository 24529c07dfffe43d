namespace Polis.Metering.Processing;

/// <summary>The values of one local day of the city by quality (a chart's bar).</summary>
public sealed record DailyQualityCounts(DateOnly Date, long Valid, long Estimated, long Edited, long Questionable);
