using Polis.Contracts.Telemetry;

namespace Polis.Contracts.Devices;

/// <summary>
/// The twin of one device, keyed by device id. Raw readings are made durable by the telemetry store
/// before the twin sees them; the twin keeps the latest value per key, attributes and connectivity.
/// </summary>
[Alias("polis.device")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Readings that the telemetry store has already made durable.</summary>
    [Alias("telemetry")]
    Task OnTelemetryAsync(IReadOnlyList<TelemetryPoint> points, long receivedAt);

    [Alias("client-attributes")]
    Task OnClientAttributesAsync(IReadOnlyDictionary<string, string> attributesJson, long receivedAt);

    [Alias("set-server-attributes")]
    Task SetServerAttributesAsync(IReadOnlyDictionary<string, string> attributesJson);

    /// <summary>Sets shared attributes (desired state); returns those whose value changed, for pushing to the device.</summary>
    [Alias("set-shared-attributes")]
    Task<IReadOnlyDictionary<string, string>> SetSharedAttributesAsync(IReadOnlyDictionary<string, string> attributesJson);

    [Alias("delete-attributes")]
    Task DeleteAttributesAsync(AttributeScope scope, IReadOnlyCollection<string> keys);

    [Alias("connected")]
    Task OnConnectedAsync(string sessionId, long at);

    [Alias("disconnected")]
    Task OnDisconnectedAsync(string sessionId, long at);

    /// <summary>Counts a refused message by reason, so integrators can see why their data is missing.</summary>
    [Alias("rejected")]
    Task OnRejectedAsync(string reason, long at);

    [Alias("twin")]
    Task<DeviceTwin> GetTwinAsync();

    /// <summary>Re-reads the device's profile and rules; called when a rule of its targets or its profile changes.</summary>
    [Alias("refresh-rules")]
    Task RefreshRulesAsync();

    /// <summary>An operator cleared the alarm of this device's rule; a condition that still holds raises a new one.</summary>
    [Alias("alarm-cleared")]
    Task OnAlarmClearedAsync(string ruleId);

    /// <summary>Forgets all state; called when the device is deleted from the registry.</summary>
    [Alias("reset")]
    Task ResetAsync();
}
