using Polis.Platform.Devices;

namespace Polis.Platform.Alarms;

/// <summary>Persistence of alarms and their history. Every change writes the alarm and its event in one transaction.</summary>
public interface IAlarmStore
{
    /// <summary>The open alarm of (device, rule), if any.</summary>
    Task<Alarm?> FindOpenAsync(string deviceId, string ruleId, CancellationToken cancellationToken = default);

    Task<Alarm?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts a new open alarm; false when (device, rule) already has one (the unique index decides,
    /// so two nodes racing cannot open two).
    /// </summary>
    Task<bool> InsertAsync(Alarm alarm, AlarmEvent raised, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="updated"/> if the stored version is still <c>updated.Version - 1</c>; false when someone changed it first.</summary>
    Task<bool> UpdateAsync(Alarm updated, AlarmEvent change, CancellationToken cancellationToken = default);

    Task AddEventAsync(AlarmEvent comment, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AlarmEvent>> GetHistoryAsync(Guid alarmId, CancellationToken cancellationToken = default);

    Task<Page<Alarm>> QueryAsync(AlarmQuery query, CancellationToken cancellationToken = default);

    /// <summary>Open, unacknowledged alarms started before <paramref name="startedBefore"/> whose escalation level is below <paramref name="level"/>.</summary>
    Task<IReadOnlyList<Alarm>> FindUnacknowledgedAsync(DateTimeOffset startedBefore, int level, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DistrictAlarmCount>> CountOpenByDistrictAsync(CancellationToken cancellationToken = default);
}
