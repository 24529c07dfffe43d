using System.Globalization;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Alarms;
using Polis.Platform.Devices;

namespace Polis.Citizens.Reports.OneCity;

/// <summary>
/// Files a work report from a platform alarm: at the alarm's device's registered location (or naming the device when
/// it has none), described by the alarm unless the operator says otherwise, linked to the alarm, and noted on the
/// alarm as a comment. One report per alarm: the alarm is claimed before the report is written.
/// </summary>
public sealed class AlarmWorkReports(
    IAlarmStore alarms, AlarmService alarmService, IDeviceRegistryStore devices, IServiceCatalogueStore catalogue, IReportStore reports, IAlarmReportStore links, TimeProvider clock)
{
    /// <summary>A claim without its report after this long was left by a writer that died: it is taken over.</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(5);

    public async Task<WorkReportOutcome> FileAsync(Guid alarmId, string serviceCode, string? description, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (await alarms.GetAsync(alarmId, cancellationToken) is not { } alarm)
        {
            return new WorkReportOutcome(null, WorkReportRefusal.UnknownAlarm);
        }

        if (await catalogue.GetAsync(serviceCode, cancellationToken) is not { Service.Active: true } stored)
        {
            return new WorkReportOutcome(null, WorkReportRefusal.UnknownService);
        }

        var device = await devices.GetDeviceAsync(alarm.DeviceId, cancellationToken);
        var text = ReportText.ToPlainText(string.IsNullOrWhiteSpace(description) ? Describe(alarm, device) : description, ReportIntake.MaxDescriptionLength);
        if (text.Refusal is ReportTextRefusal.TooLong)
        {
            return new WorkReportOutcome(null, WorkReportRefusal.DescriptionTooLong);
        }

        var now = clock.GetUtcNow();
        if (await links.ClaimAsync(alarmId, actor, now, now - StaleClaim, cancellationToken) is { } claim)
        {
            return new WorkReportOutcome(null, WorkReportRefusal.AlreadyFiled, claim.ReportId);
        }

        Report report;
        try
        {
            report = await reports.CreateAsync(NewReport(stored.Service, alarm, device, text.Text ?? Describe(alarm, device), now), actor, cancellationToken);
            await links.CompleteAsync(alarmId, report.Id, cancellationToken);
        }
        catch
        {
            await links.ReleaseAsync(alarmId, CancellationToken.None);
            throw;
        }

        var id = report.Id.ToString(CultureInfo.InvariantCulture);
        await alarmService.CommentAsync(alarmId, $"Work report {id} ({report.ServiceCode}) filed by {actor}: /api/v1/citizens/reports/{id}", actor, cancellationToken);
        return new WorkReportOutcome(report, null);
    }

    private static Report NewReport(ReportService service, Alarm alarm, Device? device, string description, DateTimeOffset now) => new(
        0, service.Code, ReportStatus.Confirmed, description, device?.Location?.Latitude, device?.Location?.Longitude,
        device?.Location is null ? $"Device {device?.Name ?? alarm.DeviceId} ({alarm.DeviceId})" : null, null,
        new Dictionary<string, IReadOnlyList<string>>(), ReportContact.None, null, service.Department, null, null, null, now, now);

    private static string Describe(Alarm alarm, Device? device) => string.Create(
        CultureInfo.InvariantCulture,
        $"{alarm.Name}: {alarm.Severity.ToString().ToLowerInvariant()} alarm on {device?.Name ?? alarm.DeviceId} ({alarm.DeviceId}) since {alarm.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm}Z.");
}
