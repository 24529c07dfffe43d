using Polis.Platform.Devices;

namespace Polis.Platform.Commands.Groups;

/// <summary>Persistence of group commands and their per-device outcomes, so a restart resumes a running group.</summary>
public interface IGroupCommandStore
{
    /// <summary>Stores the group with every target device pending, in the given order.</summary>
    Task CreateAsync(GroupCommand group, IReadOnlyList<string> deviceIds, CancellationToken cancellationToken = default);

    Task<GroupCommand?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<Page<GroupCommand>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GroupCommand>> ListRunningAsync(CancellationToken cancellationToken = default);

    /// <summary>Device count per status.</summary>
    Task<IReadOnlyDictionary<GroupDeviceStatus, int>> CountAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GroupDeviceOutcome>> ListOutcomesAsync(Guid id, GroupDeviceStatus? status, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>The devices still pending, in their order.</summary>
    Task<IReadOnlyList<string>> ListPendingAsync(Guid id, CancellationToken cancellationToken = default);

    Task SetOutcomeAsync(Guid id, GroupDeviceOutcome outcome, CancellationToken cancellationToken = default);

    /// <summary>Sets the group's status; on cancel also marks every pending device cancelled. False when the group is not running.</summary>
    Task<bool> FinishAsync(Guid id, GroupCommandStatus status, DateTimeOffset at, CancellationToken cancellationToken = default);
}
