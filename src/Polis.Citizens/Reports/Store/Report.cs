using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Store;

/// <summary>
/// A resident's problem report as stored. <see cref="Attributes"/> maps a service attribute's code to its values (one
/// for most datatypes, several for multivaluelist). The reporter's contact fields are for city staff only: Open311
/// reads never show them. The properties after the constructor are the report's workflow state (migration 0024): who
/// filed it in the city app, its lifecycle state beyond the status, and its service level.
/// </summary>
public sealed record Report(
    long Id,
    string ServiceCode,
    ReportStatus Status,
    string? Description,
    double? Latitude,
    double? Longitude,
    string? Address,
    string? AddressId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes,
    ReportContact Contact,
    string? MediaUrl,
    string? Department,
    string? Token,
    string? ApiKeyId,
    string? StatusNotes,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The signed-in resident who filed it through the city app; null for reports from Open311 clients.</summary>
    public string? ReporterUserId { get; init; }

    /// <summary>When it was last marked fixed or closed: the reporter's reopen window starts here.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>How often the reporter reopened it.</summary>
    public int Reopenings { get; init; }

    /// <summary>The original report, when this one was marked a duplicate.</summary>
    public long? DuplicateOf { get; init; }

    /// <summary>When it must be acknowledged (confirmed) by, on the city's working calendar; null until a service level applies.</summary>
    public DateTimeOffset? AcknowledgeDueAt { get; init; }

    /// <summary>When it must be fixed by, on the city's working calendar; null until a service level applies.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>How many escalation steps it has taken since it went overdue (0: not escalated).</summary>
    public int EscalationLevel { get; init; }

    /// <summary>What the lifecycle rules need to know of it.</summary>
    public ReportLifecycleState LifecycleState =>
        new(Status, ResolvedAt, Reopenings, DuplicateOf?.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
