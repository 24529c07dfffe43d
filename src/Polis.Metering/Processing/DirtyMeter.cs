namespace Polis.Metering.Processing;

/// <summary>
/// A meter waiting for validation: its reads changed from <see cref="DirtyFrom"/> on. <see cref="Revision"/> grows with
/// every new mark, so a mark is cleared only when nothing marked the meter again while it was being validated.
/// </summary>
public sealed record DirtyMeter(string MeterId, DateTimeOffset DirtyFrom, long Revision);
