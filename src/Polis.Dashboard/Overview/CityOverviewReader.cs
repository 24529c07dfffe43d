using Polis.Platform.Alarms;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Overview;

/// <summary>
/// Reads the overview from the platform's stores, in process. Only signed-in circuits reach it: every dashboard
/// page and the circuit hub require the dashboard cookie.
/// </summary>
public sealed class CityOverviewReader(IDeviceRegistryStore devices, IAlarmStore alarms, TimeProvider time)
{
    public const int LatestAlarmCount = 15;

    public async Task<CityOverview> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var total = await devices.QueryDevicesAsync(new DeviceQuery(Limit: 1), nowMs, cancellationToken);
        var online = await devices.QueryDevicesAsync(new DeviceQuery(Online: true, Limit: 1), nowMs, cancellationToken);

        var bySeverity = Enum.GetValues<AlarmSeverity>().ToDictionary(s => s, _ => 0);
        foreach (var count in await alarms.CountOpenByDistrictAsync(cancellationToken))
        {
            bySeverity[count.Severity] += count.Open;
        }

        var latest = await alarms.QueryAsync(new AlarmQuery(Limit: LatestAlarmCount), cancellationToken);
        return new CityOverview(total.Total, online.Total, bySeverity, latest.Items, now);
    }
}
