using Polis.Platform.Devices;

namespace Polis.Platform.Commands;

/// <summary>Durable persistent commands and their status history.</summary>
public interface ICommandStore
{
    /// <summary>Stores a new command with its first transition.</summary>
    Task InsertAsync(PersistentCommand command, CommandTransition transition, CancellationToken cancellationToken = default);

    Task<PersistentCommand?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CommandTransition>> GetHistoryAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A device's commands, newest first.</summary>
    Task<Page<PersistentCommand>> QueryAsync(string deviceId, CommandStatus? status, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>A device's queued commands in request order.</summary>
    Task<IReadOnlyList<PersistentCommand>> FindQueuedAsync(string deviceId, int limit, CancellationToken cancellationToken = default);

    Task<PersistentCommand?> FindByRequestIdAsync(string deviceId, int requestId, CancellationToken cancellationToken = default);

    /// <summary>Commands not yet terminal whose expiration or timeout is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<PersistentCommand>> FindDueAsync(long now, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="updated"/> and its transition only if the command is still in <paramref name="expected"/>;
    /// false when something else moved it first.
    /// </summary>
    Task<bool> TransitionAsync(PersistentCommand updated, CommandStatus expected, CommandTransition transition, CancellationToken cancellationToken = default);

    /// <summary>The highest request id stored for the device, 0 if none.</summary>
    Task<int> MaxRequestIdAsync(string deviceId, CancellationToken cancellationToken = default);
}
