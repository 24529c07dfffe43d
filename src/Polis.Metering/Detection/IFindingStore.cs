using Polis.Platform.Devices;

namespace Polis.Metering.Detection;

/// <summary>Persistence of detection findings (at most one open finding per kind and meter).</summary>
public interface IFindingStore
{
    Task<Page<DetectionFinding>> ListAsync(FindingQuery query, CancellationToken cancellationToken = default);

    Task<DetectionFinding?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The open findings of the given meters (all open findings when <paramref name="meterIds"/> is null).</summary>
    Task<IReadOnlyList<DetectionFinding>> ListOpenAsync(IReadOnlyCollection<string>? meterIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts the finding (<see cref="DetectionFinding.Id"/> 0) or updates the open one of its kind and meter in one
    /// transaction; returns the stored finding and whether it is new.
    /// </summary>
    Task<(DetectionFinding Finding, bool Created)> UpsertOpenAsync(DetectionFinding finding, CancellationToken cancellationToken = default);

    /// <summary>Records the alarm raised for a finding.</summary>
    Task SetAlarmAsync(long id, Guid alarmId, CancellationToken cancellationToken = default);

    /// <summary>Marks an open finding resolved at <paramref name="at"/>; false when it is not open.</summary>
    Task<bool> ResolveAsync(long id, DateTimeOffset at, CancellationToken cancellationToken = default);
}
