namespace Polis.Metering.Processing;

/// <summary>A meter and how many of its values in the range are Questionable.</summary>
public sealed record MeterQuestionableCount(string MeterId, long Questionable);
