using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Polis.Contracts.Devices;
using Polis.Contracts.Telemetry;
using Polis.Platform.Alarms;
using Polis.Platform.Rules.Runtime;
using Polis.Platform.Telemetry;

namespace Polis.Platform.Devices;

/// <summary>
/// The live twin of one device. Attributes and connection times are written through on change (they are
/// rare); rejection counters are written a few seconds after they change so a flood of bad messages
/// does not become a flood of writes. Rules run here too (DeviceGrain.Rules.cs).
/// </summary>
public sealed partial class DeviceGrain(
    [PersistentState("twin", StorageNames.Default)] IPersistentState<DeviceGrainState> state,
    [PersistentState("rules", StorageNames.Default)] IPersistentState<DeviceRulesState> ruleState,
    ITelemetryStore telemetry,
    IDeviceRegistryStore registry,
    DeviceProfileCache profiles,
    RuleCatalog catalog,
    AlarmService alarms,
    IOptions<RuleOptions> ruleOptions,
    TimeProvider timeProvider,
    ILogger<DeviceGrain> logger) : Grain, IDeviceGrain
{
    private static readonly TimeSpan CounterFlushDelay = TimeSpan.FromSeconds(5);
    private const long UnknownProfileTimeoutMs = 2 * 3_600_000;

    private readonly Dictionary<string, TelemetryPoint> _latest = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sessions = new(StringComparer.Ordinal);
    private long? _lastActivityAt;
    private IGrainTimer? _counterFlush;

    private string DeviceId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var point in await telemetry.GetLatestAsync(DeviceId, cancellationToken))
        {
            _latest[point.Key] = point;
        }

        _lastActivityAt = await telemetry.GetLastActivityAsync(DeviceId, cancellationToken);
        await StartRulesAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_counterFlush is not null)
        {
            await state.WriteStateAsync(cancellationToken);
        }

        if (_ruleFlush is not null)
        {
            await FlushRulesAsync(cancellationToken);
        }
    }

    public async Task OnTelemetryAsync(IReadOnlyList<TelemetryPoint> points, long receivedAt)
    {
        foreach (var point in points)
        {
            if (!_latest.TryGetValue(point.Key, out var current) || point.Timestamp >= current.Timestamp)
            {
                _latest[point.Key] = point;
            }
        }

        Touch(receivedAt);
        await EvaluateRulesAsync(points, receivedAt);
    }

    public Task OnClientAttributesAsync(IReadOnlyDictionary<string, string> attributesJson, long receivedAt)
    {
        Touch(receivedAt);
        return MergeAsync(state.State.ClientAttributes, attributesJson, receivedAt);
    }

    public Task SetServerAttributesAsync(IReadOnlyDictionary<string, string> attributesJson) =>
        MergeAsync(state.State.ServerAttributes, attributesJson, Now());

    public async Task<IReadOnlyDictionary<string, string>> SetSharedAttributesAsync(IReadOnlyDictionary<string, string> attributesJson)
    {
        var shared = state.State.SharedAttributes;
        var changed = attributesJson
            .Where(pair => !shared.TryGetValue(pair.Key, out var current) || current.Json != pair.Value)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        if (changed.Count > 0)
        {
            await MergeAsync(shared, changed, Now());
        }

        return changed;
    }

    public async Task DeleteAttributesAsync(AttributeScope scope, IReadOnlyCollection<string> keys)
    {
        var target = scope switch
        {
            AttributeScope.Client => state.State.ClientAttributes,
            AttributeScope.Shared => state.State.SharedAttributes,
            _ => state.State.ServerAttributes,
        };
        var removed = keys.Count(target.Remove);
        if (removed > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public async Task OnConnectedAsync(string sessionId, long at)
    {
        _sessions.Add(sessionId);
        state.State.LastConnectAt = at;
        Touch(at);
        await state.WriteStateAsync();
    }

    public async Task OnDisconnectedAsync(string sessionId, long at)
    {
        if (_sessions.Remove(sessionId))
        {
            state.State.LastDisconnectAt = at;
            await state.WriteStateAsync();
        }
    }

    public Task OnRejectedAsync(string reason, long at)
    {
        state.State.Rejections[reason] = state.State.Rejections.GetValueOrDefault(reason) + 1;
        _counterFlush ??= this.RegisterGrainTimer(FlushCountersAsync, new GrainTimerCreationOptions(CounterFlushDelay, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public async Task<DeviceTwin> GetTwinAsync()
    {
        var timeoutMs = await InactivityTimeoutMsAsync();
        var now = Now();
        var online = _lastActivityAt is { } last && now - last <= timeoutMs;
        var connectivity = new DeviceConnectivity(online, _sessions.Count > 0, _lastActivityAt, state.State.LastConnectAt, state.State.LastDisconnectAt, timeoutMs);
        return new DeviceTwin(
            DeviceId,
            new Dictionary<string, TelemetryPoint>(_latest, StringComparer.Ordinal),
            new Dictionary<string, AttributeValue>(state.State.ClientAttributes, StringComparer.Ordinal),
            new Dictionary<string, AttributeValue>(state.State.ServerAttributes, StringComparer.Ordinal),
            connectivity,
            new Dictionary<string, long>(state.State.Rejections, StringComparer.Ordinal),
            new Dictionary<string, AttributeValue>(state.State.SharedAttributes, StringComparer.Ordinal));
    }

    public async Task ResetAsync()
    {
        _latest.Clear();
        _sessions.Clear();
        _lastActivityAt = null;
        _counterFlush?.Dispose();
        _counterFlush = null;
        await ResetRulesAsync();
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    private async Task MergeAsync(Dictionary<string, AttributeValue> target, IReadOnlyDictionary<string, string> values, long at)
    {
        foreach (var (key, json) in values)
        {
            target[key] = new AttributeValue(json, at);
        }

        await state.WriteStateAsync();
    }

    private async Task FlushCountersAsync(CancellationToken cancellationToken)
    {
        _counterFlush?.Dispose();
        _counterFlush = null;
        await state.WriteStateAsync(cancellationToken);
    }

    private async Task<long> InactivityTimeoutMsAsync()
    {
        var device = await registry.GetDeviceAsync(DeviceId);
        var profile = device is null ? null : await profiles.GetAsync(device.ProfileId);
        return profile is null ? UnknownProfileTimeoutMs : profile.EffectiveInactivityTimeoutSeconds * 1000L;
    }

    private void Touch(long at) => _lastActivityAt = Math.Max(_lastActivityAt ?? 0, at);

    private long Now() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
