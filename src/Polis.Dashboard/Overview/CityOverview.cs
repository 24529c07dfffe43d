using Polis.Platform.Alarms;

namespace Polis.Dashboard.Overview;

/// <summary>What the overview shows at one moment.</summary>
public sealed record CityOverview(
    int DevicesTotal,
    int DevicesOnline,
    IReadOnlyDictionary<AlarmSeverity, int> OpenAlarmsBySeverity,
    IReadOnlyList<Alarm> LatestAlarms,
    DateTimeOffset ReadAt)
{
    public int OpenAlarms => OpenAlarmsBySeverity.Values.Sum();
}
