using Polis.Platform.Alarms;

namespace Polis.Dashboard.Alarms;

/// <summary>What the alarm console's filter bar holds; blank text and null choices mean "any".</summary>
public sealed record AlarmConsoleFilter(AlarmStatus? Status, AlarmSeverity? Severity, string? District, string? DeviceId, int PageIndex)
{
    public static readonly AlarmConsoleFilter All = new(null, null, null, null, 0);

    public AlarmQuery ToQuery(int pageSize) => new(
        Statuses: Status is { } status ? [status] : null,
        Severities: Severity is { } severity ? [severity] : null,
        DeviceId: Blank(DeviceId),
        District: Blank(District),
        Offset: PageIndex * pageSize,
        Limit: pageSize);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
