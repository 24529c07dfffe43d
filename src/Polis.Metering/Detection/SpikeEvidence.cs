namespace Polis.Metering.Detection;

/// <summary>The day of a spike, its total, the median and MAD of the reference days, the modified z-score and the threshold.</summary>
public sealed record SpikeEvidence(DateOnly Date, double Total, double Median, double Mad, double Score, double Threshold, int ReferenceDays);
