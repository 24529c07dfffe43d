namespace Polis.Platform.Commands.Groups;

/// <summary>Sends a group's command to one device through the single-device paths and says how it went.</summary>
public sealed class GroupDeviceSender(RpcService rpc, PersistentCommandService persistent, TimeProvider timeProvider) : IGroupDeviceSender
{
    public async Task<GroupDeviceOutcome> SendAsync(string deviceId, RpcCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            if (command.Persistent)
            {
                var queued = await persistent.EnqueueAsync(deviceId, command);
                return Outcome(deviceId, GroupDeviceStatus.Queued, null, $"persistent command {queued.Id}");
            }

            var result = await rpc.CallAsync(deviceId, command);
            return result.Outcome switch
            {
                RpcOutcome.Answered => Outcome(deviceId, GroupDeviceStatus.Successful, result.ResponseJson, null),
                RpcOutcome.Sent => Outcome(deviceId, GroupDeviceStatus.Sent, null, null),
                RpcOutcome.TimedOut => Outcome(deviceId, GroupDeviceStatus.Timeout, null, $"no answer within {command.Timeout.TotalMilliseconds:0} ms"),
                RpcOutcome.NotConnected => Outcome(deviceId, GroupDeviceStatus.Offline, null, "not connected"),
                RpcOutcome.NotSubscribed => Outcome(deviceId, GroupDeviceStatus.Offline, null, "connected but not subscribed to RPC requests"),
                _ => Outcome(deviceId, GroupDeviceStatus.Failed, null, "the device's session refused the message"),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Outcome(deviceId, GroupDeviceStatus.Failed, null, ex.Message);
        }
    }

    private GroupDeviceOutcome Outcome(string deviceId, GroupDeviceStatus status, string? response, string? detail) =>
        new(deviceId, status, response, detail, timeProvider.GetUtcNow());
}
