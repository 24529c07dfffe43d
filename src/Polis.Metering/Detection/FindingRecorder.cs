using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polis.Platform.Alarms;

namespace Polis.Metering.Detection;

/// <summary>
/// Keeps findings and platform alarms in step: a condition seen opens a finding (or updates the open one of its kind
/// and meter) and raises the alarm of its rule on the meter's device (one open alarm per device and rule: a repeat
/// updates it); a resolved finding clears it. A meter without a device keeps its finding without an alarm. An alarm
/// that cannot be raised is logged and never loses the finding, which is stored first.
/// </summary>
public sealed partial class FindingRecorder(IFindingStore store, AlarmService alarms, TimeProvider timeProvider, ILogger<FindingRecorder> logger)
{
    /// <summary>camelCase, as the API writes; the evidence JSON of every finding.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public IFindingStore Store => store;

    /// <summary>Stores the condition as an open finding and raises its alarm; true when the finding is new.</summary>
    public async Task<(DetectionFinding Finding, bool Created)> RecordAsync(DetectedCondition condition, MeterContext meter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(meter);
        var evidence = JsonSerializer.Serialize(condition.Evidence, condition.Evidence.GetType(), JsonOptions);
        var finding = new DetectionFinding(0, condition.Kind, condition.MeterId, meter.ServicePoint?.Id, meter.ServicePoint?.DistrictId,
            condition.FirstAt, condition.LastAt, FindingStatus.Open, condition.Summary, evidence, null, null);
        var (stored, created) = await store.UpsertOpenAsync(finding, cancellationToken);
        if (meter.Meter.DeviceId is { } deviceId)
        {
            try
            {
                var details = JsonSerializer.Serialize(new { findingId = stored.Id, meterId = stored.MeterId, servicePointId = stored.ServicePointId, summary = stored.Summary }, JsonOptions);
                var trigger = new AlarmTrigger(deviceId, FindingKinds.RuleIdOf(condition.Kind), FindingKinds.NameOf(condition.Kind), FindingKinds.SeverityOf(condition.Kind),
                    details, timeProvider.GetUtcNow());
                var (alarm, _) = await alarms.RaiseAsync(trigger, cancellationToken);
                if (stored.AlarmId != alarm.Id)
                {
                    await store.SetAlarmAsync(stored.Id, alarm.Id, cancellationToken);
                    stored = stored with { AlarmId = alarm.Id };
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAlarmFailed(logger, stored.Id, deviceId, ex);
            }
        }

        return (stored, created);
    }

    /// <summary>Resolves an open finding and clears its alarm on <paramref name="deviceId"/>.</summary>
    public async Task<bool> ResolveAsync(DetectionFinding finding, string? deviceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!await store.ResolveAsync(finding.Id, timeProvider.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        if (deviceId is not null)
        {
            try
            {
                await alarms.ClearForRuleAsync(deviceId, FindingKinds.RuleIdOf(finding.Kind), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAlarmFailed(logger, finding.Id, deviceId, ex);
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The alarm of finding {FindingId} on device {DeviceId} could not be raised or cleared; the finding is kept")]
    private static partial void LogAlarmFailed(ILogger logger, long findingId, string deviceId, Exception exception);
}
