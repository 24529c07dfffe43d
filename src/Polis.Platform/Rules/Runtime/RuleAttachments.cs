using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Contracts.Devices;
using Polis.Platform.Devices;

namespace Polis.Platform.Rules.Runtime;

/// <summary>
/// Tells the twins of a changed rule's targets to pick up their rules, in the background. Twins that receive
/// readings notice a change by themselves (<see cref="RuleCatalog.Version"/>); this is for the silent ones: a new
/// inactivity rule must start counting on a device that never reports again, and an alarm of a deleted rule
/// must clear on a device whose twin is not active.
/// </summary>
public sealed partial class RuleAttachments(
    IGrainFactory grains,
    IDeviceRegistryStore registry,
    IOptions<RuleOptions> options,
    TimeProvider timeProvider,
    ILogger<RuleAttachments> logger) : BackgroundService
{
    private readonly Channel<RuleTarget> _targets = Channel.CreateUnbounded<RuleTarget>(new UnboundedChannelOptions { SingleReader = true });

    public void Notify(RuleTarget? previous, RuleTarget? current)
    {
        foreach (var target in new[] { previous, current }.OfType<RuleTarget>().Distinct())
        {
            _targets.Writer.TryWrite(target);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var target in _targets.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await AttachAsync(target, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAttachFailed(logger, target.ProfileId ?? target.DeviceId, ex);
            }
        }
    }

    private async Task AttachAsync(RuleTarget target, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> deviceIds = target.DeviceId is { } deviceId
            ? [deviceId]
            : await registry.QueryDeviceIdsAsync(new DeviceQuery(ProfileId: target.ProfileId), timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.AttachConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(deviceIds, parallel, async (id, _) =>
        {
            try
            {
                await grains.GetGrain<IDeviceGrain>(id).RefreshRulesAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAttachFailed(logger, id, ex);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apply a rule change to {Target}")]
    private static partial void LogAttachFailed(ILogger logger, string? target, Exception exception);
}
