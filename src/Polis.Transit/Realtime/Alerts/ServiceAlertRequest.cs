namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// An alert as an operator writes it (POST and PUT /api/v1/transit/alerts). Enum values are the spec's names, as
/// Polis writes them ("significant-delays") or as GTFS-Realtime does ("SIGNIFICANT_DELAYS"); left out, they are the
/// spec's defaults (unknown cause, unknown effect, unknown severity).
/// </summary>
public sealed record ServiceAlertRequest(
    string? Cause,
    string? Effect,
    string? SeverityLevel,
    string? Header,
    string? Description,
    string? Url,
    IReadOnlyList<AlertTranslationRequest?>? Translations,
    IReadOnlyList<AlertInformedEntityRequest?>? InformedEntities,
    IReadOnlyList<AlertActivePeriodRequest?>? ActivePeriods);
