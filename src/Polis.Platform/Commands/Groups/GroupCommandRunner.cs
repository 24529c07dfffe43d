using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.Platform.Commands.Groups;

/// <summary>
/// Executes group commands in the background: one device at a time at the group's pace (a fixed interval
/// between sends), at most <see cref="GroupCommandOptions.MaxInFlight"/> two-way calls waiting for answers,
/// each outcome stored as it comes. A group still running when the node stops resumes with its pending
/// devices when it starts again; a cancelled one stops sending and marks the rest cancelled.
/// </summary>
public sealed partial class GroupCommandRunner(
    IGroupCommandStore store,
    IGroupDeviceSender sender,
    IOptions<GroupCommandOptions> options,
    TimeProvider timeProvider,
    ILogger<GroupCommandRunner> logger) : BackgroundService
{
    private readonly Channel<GroupCommand> _started = Channel.CreateUnbounded<GroupCommand>();
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _cancels = new();

    public void Start(GroupCommand group) => _started.Writer.TryWrite(group);

    /// <summary>Stops a running group; false when it is not running on this node.</summary>
    public bool Cancel(Guid id)
    {
        if (!_cancels.TryGetValue(id, out var cancel))
        {
            return false;
        }

        cancel.Cancel();
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        foreach (var group in await store.ListRunningAsync(stoppingToken))
        {
            running.Add(RunAsync(group, stoppingToken));
        }

        await foreach (var group in _started.Reader.ReadAllAsync(stoppingToken))
        {
            running.RemoveAll(task => task.IsCompleted);
            running.Add(RunAsync(group, stoppingToken));
        }

        await Task.WhenAll(running);
    }

    private async Task RunAsync(GroupCommand group, CancellationToken stoppingToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        if (!_cancels.TryAdd(group.Id, cancel))
        {
            return; // already running: started just as the node resumed it
        }

        try
        {
            await SendAllAsync(group, cancel.Token);
            await store.FinishAsync(group.Id, GroupCommandStatus.Completed, timeProvider.GetUtcNow(), CancellationToken.None);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            await store.FinishAsync(group.Id, GroupCommandStatus.Cancelled, timeProvider.GetUtcNow(), CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            // The node is stopping: the group stays running and resumes with its pending devices on restart.
        }
        catch (Exception ex)
        {
            LogGroupFailed(logger, group.Id, ex);
        }
        finally
        {
            _cancels.TryRemove(group.Id, out _);
        }
    }

    private async Task SendAllAsync(GroupCommand group, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(1 / Math.Max(group.RatePerSecond, 0.0001));
        using var inFlight = new SemaphoreSlim(options.Value.MaxInFlight);
        var sends = new List<Task>();
        var next = timeProvider.GetUtcNow();
        try
        {
            foreach (var deviceId in await store.ListPendingAsync(group.Id, cancellationToken))
            {
                var wait = next - timeProvider.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken);
                }

                await inFlight.WaitAsync(cancellationToken);
                next = Later(next, timeProvider.GetUtcNow()) + interval;
                sends.Add(SendOneAsync(group, deviceId, inFlight));
            }
        }
        finally
        {
            // Calls already made finish and are recorded, whatever stopped the loop.
            await Task.WhenAll(sends);
        }
    }

    private async Task SendOneAsync(GroupCommand group, string deviceId, SemaphoreSlim inFlight)
    {
        try
        {
            var outcome = await sender.SendAsync(deviceId, group.Command);
            await store.SetOutcomeAsync(group.Id, outcome);
        }
        catch (Exception ex)
        {
            LogDeviceFailed(logger, group.Id, deviceId, ex);
        }
        finally
        {
            inFlight.Release();
        }
    }

    // A slot not used while the loop waited for a free in-flight place is not saved up for a burst.
    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Error, Message = "Group command {GroupId} failed")]
    private static partial void LogGroupFailed(ILogger logger, Guid groupId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group command {GroupId}: the outcome for device {DeviceId} could not be recorded")]
    private static partial void LogDeviceFailed(ILogger logger, Guid groupId, string deviceId, Exception exception);
}
