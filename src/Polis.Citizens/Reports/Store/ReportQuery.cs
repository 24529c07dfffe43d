namespace Polis.Citizens.Reports.Store;

/// <summary>
/// A search of reports, newest first. <see cref="Ids"/>, when given, overrides every other filter (as Open311's
/// service_request_id does). <see cref="Open"/> filters by Open311's open/closed; <see cref="Statuses"/> by the
/// extended status names. The range is [From, To] on the time a report was made. <see cref="ReporterUserId"/> lists
/// one resident's own reports.
/// </summary>
public sealed record ReportQuery(
    IReadOnlyList<long>? Ids = null,
    IReadOnlyList<string>? ServiceCodes = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    bool? Open = null,
    IReadOnlyList<string>? Statuses = null,
    string? Department = null,
    string? ReporterUserId = null,
    int Offset = 0,
    int Limit = 1000);
