using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Polis.Platform.Commands;

/// <summary>
/// Persistent commands: stored first, delivered when the device is ready (now, or when it next subscribes to its
/// RPC requests), completed by its PUBACK or answer, ended by time. Every status change is a conditional update
/// of the store, so a racing answer, acknowledgement, sweep or cancel cannot overwrite one another.
/// </summary>
public sealed partial class PersistentCommandService(
    ICommandStore store,
    ICommandRouter router,
    RequestIdAllocator requestIds,
    TimeProvider timeProvider,
    ILogger<PersistentCommandService> logger)
{
    private const int DeliveryBatch = 100;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _deliveries = new(StringComparer.Ordinal);

    private long Now => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task<PersistentCommand> EnqueueAsync(string deviceId, RpcCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestId = await requestIds.NextAsync(deviceId, ct => store.MaxRequestIdAsync(deviceId, ct), cancellationToken).ConfigureAwait(false);
        var now = Now;
        var queued = new PersistentCommand(Guid.NewGuid(), deviceId, requestId, command.Method, command.ParamsJson, command.OneWay,
            CommandStatus.Queued, now, command.ExpiresAt ?? now, (long)command.Timeout.TotalMilliseconds, null, null, null);
        await store.InsertAsync(queued, new CommandTransition(CommandStatus.Queued, now, null), cancellationToken).ConfigureAwait(false);
        await DeliverQueuedAsync(deviceId, cancellationToken).ConfigureAwait(false);
        return await store.GetAsync(queued.Id, cancellationToken).ConfigureAwait(false) ?? queued;
    }

    /// <summary>Sends the device's queued commands in request order while it can take them; returns how many were sent.</summary>
    public async Task<int> DeliverQueuedAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        var gate = Gate(deviceId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sentCount = 0;
            foreach (var command in await store.FindQueuedAsync(deviceId, DeliveryBatch, cancellationToken).ConfigureAwait(false))
            {
                if (CommandLifecycle.DueStatus(command, Now) is { } due)
                {
                    await TryMoveAsync(command, due, "Expired before the device could take it.", cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // Sent first, recorded after: an offline device leaves no trace in the history. The device's PUBACK
                // or answer cannot overtake the record, because their handlers wait for this device's gate.
                var outcome = await router.SendAsync(deviceId, RpcPayloads.RequestTopic(command.RequestId), RpcPayloads.Request(command.Method, command.ParamsJson), cancellationToken).ConfigureAwait(false);
                switch (outcome)
                {
                    case SendOutcome.NotConnected or SendOutcome.NotSubscribed:
                        return sentCount;
                    case SendOutcome.Refused:
                        await TryMoveAsync(command, CommandStatus.Failed, "The device's session refused the request.", cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        sentCount++;
                        var sent = await TryMoveAsync(command, CommandStatus.Sent, null, cancellationToken).ConfigureAwait(false);
                        if (outcome == SendOutcome.SentAtMostOnce && sent is { OneWay: true })
                        {
                            // QoS 0: no acknowledgement will come; handing it over is all the platform can do.
                            await TryMoveAsync(sent, CommandStatus.Successful, "Sent at QoS 0.", cancellationToken).ConfigureAwait(false);
                        }

                        break;
                }
            }

            return sentCount;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The device's PUBACK: sent → delivered, and a one-way command is then done.</summary>
    public async Task AcknowledgedAsync(string deviceId, int requestId, CancellationToken cancellationToken = default)
    {
        var gate = Gate(deviceId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await store.FindByRequestIdAsync(deviceId, requestId, cancellationToken).ConfigureAwait(false) is not { Status: CommandStatus.Sent } command)
            {
                return; // a live RPC, or the answer overtook the PUBACK
            }

            if (await TryMoveAsync(command, CommandStatus.Delivered, null, cancellationToken).ConfigureAwait(false) is { OneWay: true } delivered)
            {
                await TryMoveAsync(delivered, CommandStatus.Successful, null, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The device's answer to a two-way command; false when no such command is waiting for one.</summary>
    public async Task<bool> AnsweredAsync(string deviceId, int requestId, string responseJson, CancellationToken cancellationToken = default)
    {
        var gate = Gate(deviceId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await store.FindByRequestIdAsync(deviceId, requestId, cancellationToken).ConfigureAwait(false) is not { OneWay: false, Status: CommandStatus.Sent or CommandStatus.Delivered } command)
            {
                return false;
            }

            // Conditional all the same: the expiry sweep does not take the gate.
            var (updated, transition) = CommandLifecycle.Move(command, CommandStatus.Successful, Now, null, responseJson);
            return await store.TransitionAsync(updated, command.Status, transition, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Cancels a queued command: the command as it now is, or null when it does not exist.</summary>
    public async Task<PersistentCommand?> CancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } command)
        {
            return null;
        }

        return command.Status == CommandStatus.Queued
            ? await TryMoveAsync(command, CommandStatus.Cancelled, "Cancelled through the API.", cancellationToken).ConfigureAwait(false)
              ?? await store.GetAsync(id, cancellationToken).ConfigureAwait(false)
            : command;
    }

    /// <summary>Ends the commands whose expiration or timeout has passed; returns how many changed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var changed = 0;
        foreach (var command in await store.FindDueAsync(now, 500, cancellationToken).ConfigureAwait(false))
        {
            if (CommandLifecycle.DueStatus(command, now) is { } due)
            {
                var detail = due == CommandStatus.Expired ? "The expiration time passed." : $"No {(command.OneWay ? "acknowledgement" : "answer")} within {command.TimeoutMs} ms.";
                changed += await TryMoveAsync(command, due, detail, cancellationToken).ConfigureAwait(false) is null ? 0 : 1;
            }
        }

        return changed;
    }

    // One gate per device: its delivery, acknowledgements and answers happen one at a time, in order.
    private SemaphoreSlim Gate(string deviceId) => _deliveries.GetOrAdd(deviceId, static _ => new SemaphoreSlim(1, 1));

    private async Task<PersistentCommand?> TryMoveAsync(PersistentCommand command, CommandStatus to, string? detail, CancellationToken cancellationToken)
    {
        var (updated, transition) = CommandLifecycle.Move(command, to, Now, detail);
        if (!await store.TransitionAsync(updated, command.Status, transition, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        LogMoved(logger, command.Id, command.DeviceId, command.Status, to);
        return updated;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Command {CommandId} of device {DeviceId}: {From} → {To}")]
    private static partial void LogMoved(ILogger logger, Guid commandId, string deviceId, CommandStatus from, CommandStatus to);
}
