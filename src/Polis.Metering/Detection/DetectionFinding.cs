namespace Polis.Metering.Detection;

/// <summary>
/// A stored finding: one per (kind, meter) while open — a later run that sees the condition again updates it — and
/// resolved when a run no longer sees it. <see cref="AlarmId"/> is the platform alarm raised for it (null when the
/// meter reports through no device: the finding is kept, there is no device to raise an alarm on).
/// </summary>
public sealed record DetectionFinding(
    long Id,
    FindingKind Kind,
    string MeterId,
    string? ServicePointId,
    string? DistrictId,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    FindingStatus Status,
    string Summary,
    string EvidenceJson,
    Guid? AlarmId,
    DateTimeOffset? ResolvedAt);
