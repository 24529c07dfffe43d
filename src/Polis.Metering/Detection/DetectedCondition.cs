namespace Polis.Metering.Detection;

/// <summary>
/// What a detector reports for one meter (the feeder meter for losses): the span the condition was seen over
/// [<see cref="FirstAt"/>, <see cref="LastAt"/>), a sentence for people, and the numbers behind it
/// (<see cref="Evidence"/>, a record serialised into the finding's evidence JSON).
/// </summary>
public sealed record DetectedCondition(FindingKind Kind, string MeterId, DateTimeOffset FirstAt, DateTimeOffset LastAt, string Summary, object Evidence);
