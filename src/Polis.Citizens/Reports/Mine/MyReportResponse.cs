using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Mine;

/// <summary>
/// A report as its reporter sees it: what they filed, where it stands and, while it is fixed or closed,
/// <see cref="ReopenUntil"/>: until when they may confirm the fix or reopen it. No contact fields, no staff notes.
/// </summary>
public sealed record MyReportResponse(
    long Id, string ServiceCode, string Status, string Open311Status, string? Description, double? Latitude, double? Longitude, string? Address,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes, string? MediaUrl, string? StatusNotes, DateTimeOffset RequestedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? ResolvedAt, int Reopenings, long? DuplicateOf, DateTimeOffset? ReopenUntil)
{
    public static MyReportResponse From(Report report, DateTimeOffset? reopenUntil)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.ServiceCode, ReportStatuses.Name(report.Status), ReportStatuses.ToOpen311(report.Status), report.Description,
            report.Latitude, report.Longitude, report.Address, report.Attributes, report.MediaUrl, report.StatusNotes, report.RequestedAt, report.UpdatedAt,
            report.ResolvedAt, report.Reopenings, report.DuplicateOf, reopenUntil);
    }
}
