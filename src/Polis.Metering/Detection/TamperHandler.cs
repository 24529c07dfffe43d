using Polis.Metering.Meters;

namespace Polis.Metering.Detection;

/// <summary>
/// Turns a device's tamper report into a finding on its meter: any flag raised opens (or updates) the tamper finding
/// and raises <c>metering.theft.tamper</c> on the device; all flags lowered resolve it and clear the alarm. A device
/// that reports as no meter is ignored (its flags stay in telemetry).
/// </summary>
public sealed class TamperHandler(IMeterStore meters, IInstallationStore installations, IServicePointStore servicePoints, FindingRecorder recorder)
{
    /// <summary>The finding opened, updated or resolved, or null when nothing changed.</summary>
    public async Task<DetectionFinding?> HandleAsync(TamperReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (await meters.FindByDeviceAsync(report.DeviceId, cancellationToken) is not { } meter)
        {
            return null;
        }

        if (!report.AnyRaised)
        {
            var open = (await recorder.Store.ListOpenAsync([meter.Id], cancellationToken)).FirstOrDefault(f => f.Kind == FindingKind.Tamper);
            return open is not null && await recorder.ResolveAsync(open, meter.DeviceId, cancellationToken) ? open with { Status = FindingStatus.Resolved } : null;
        }

        var installed = await installations.ListAsync(new InstallationQuery(MeterId: meter.Id, From: report.At, To: report.At.AddTicks(1)), cancellationToken);
        var point = installed.Count == 0 ? null : await servicePoints.GetAsync(installed[^1].ServicePointId, cancellationToken);
        var raised = report.Flags.Where(f => f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        var summary = $"Meter {meter.Id} reported {string.Join(", ", raised)} at {report.At:yyyy-MM-dd'T'HH:mm:ss'Z'}.";
        var condition = new DetectedCondition(FindingKind.Tamper, meter.Id, report.At, report.At, summary, new TamperEvidence(raised, report.At));
        return (await recorder.RecordAsync(condition, new MeterContext(meter, point), cancellationToken)).Finding;
    }
}
