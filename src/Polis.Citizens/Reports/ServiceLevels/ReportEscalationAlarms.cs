using System.Globalization;
using System.Text.Json;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Alarms;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The platform alarm of an overdue report, for the operations centre: one per report (its alarm "device" is the
/// report, its rule the service level), updated as it climbs, the level and recipient in its name and severity.
/// </summary>
public static class ReportEscalationAlarms
{
    public const string RuleId = "citizens.report-overdue";

    public static string SourceOf(long reportId) => "citizens-report-" + reportId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Level 1 is minor, 2 major, 3 and beyond critical.</summary>
    public static AlarmSeverity SeverityAt(int level) => level switch
    {
        <= 1 => AlarmSeverity.Minor,
        2 => AlarmSeverity.Major,
        _ => AlarmSeverity.Critical,
    };

    public static AlarmTrigger Trigger(Report report, int level, string recipient, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(report);
        var details = JsonSerializer.Serialize(new
        {
            reportId = report.Id, serviceCode = report.ServiceCode, department = report.Department, dueAt = report.DueAt, level, recipient,
        }, JsonOptions);
        return new AlarmTrigger(SourceOf(report.Id), RuleId, $"Report {report.Id} overdue: level {level}, {recipient}", SeverityAt(level), details, at);
    }

    private static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);
}
