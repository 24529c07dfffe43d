using Microsoft.Extensions.DependencyInjection;
using Polis.Platform.Commands;

namespace Polis.Gateway.Sessions;

/// <summary>
/// The single-node router: the device's session, if any, is on this node. Requests go at QoS 1 (capped by the
/// device's subscription) so that the device's PUBACK can mark a command delivered.
/// </summary>
internal sealed class GatewayCommandRouter(IServiceProvider services) : ICommandRouter
{
    // Resolved on first send, not injected: the registry needs the MqttServer, whose publish handling needs the
    // platform's command handler, which needs this router — a constructor cycle the container would deadlock on.
    private readonly Lazy<DeviceSessionRegistry> _sessions = new(services.GetRequiredService<DeviceSessionRegistry>);

    public Task<SendOutcome> SendAsync(string deviceId, string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default) =>
        _sessions.Value.SendWithOutcomeAsync(deviceId, topic, payload, atLeastOnce: true);
}
