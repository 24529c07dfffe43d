using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Api;

/// <summary>
/// A report in the operator API: everything stored, the reporter's contact and user id included (staff only), and its
/// workflow state: resolution, reopenings, the original of a duplicate, due dates and escalation level.
/// </summary>
public sealed record ReportResponse(
    long Id, string ServiceCode, string Status, string Open311Status, string? Description, double? Latitude, double? Longitude, string? Address, string? AddressId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes, ReportContact Contact, string? MediaUrl, string? Department, string? StatusNotes,
    DateTimeOffset RequestedAt, DateTimeOffset UpdatedAt, string? ReporterUserId, DateTimeOffset? ResolvedAt, int Reopenings, long? DuplicateOf,
    DateTimeOffset? AcknowledgeDueAt, DateTimeOffset? DueAt, int EscalationLevel)
{
    public static ReportResponse From(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.ServiceCode, ReportStatuses.Name(report.Status), ReportStatuses.ToOpen311(report.Status), report.Description,
            report.Latitude, report.Longitude, report.Address, report.AddressId, report.Attributes, report.Contact, report.MediaUrl, report.Department,
            report.StatusNotes, report.RequestedAt, report.UpdatedAt, report.ReporterUserId, report.ResolvedAt, report.Reopenings, report.DuplicateOf,
            report.AcknowledgeDueAt, report.DueAt, report.EscalationLevel);
    }
}
