namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// A service alert as Polis keeps it and publishes it in /gtfs-rt/alerts: what happened (cause), what it means for
/// riders (effect, severity), the texts (default language plus translations), who it concerns and when.
/// Operators write them through the API; Polis writes <see cref="AlertSource.Automatic"/> ones for cancellations
/// and late runs, with ids it derives so a restart never duplicates them.
/// </summary>
public sealed record ServiceAlert(
    string Id,
    AlertCause Cause,
    AlertEffect Effect,
    AlertSeverityLevel SeverityLevel,
    string Header,
    string? Description,
    string? Url,
    IReadOnlyList<AlertTranslation> Translations,
    IReadOnlyList<AlertInformedEntity> InformedEntities,
    IReadOnlyList<AlertActivePeriod> ActivePeriods,
    AlertSource Source,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Active now or later: no periods (always), or a period that has not ended (the feed leaves ended alerts out).</summary>
    public bool IsCurrentOrUpcoming(DateTimeOffset now) => ActivePeriods.Count == 0 || ActivePeriods.Any(p => p.EndsAfter(now));
}
