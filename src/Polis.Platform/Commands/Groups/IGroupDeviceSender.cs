namespace Polis.Platform.Commands.Groups;

/// <summary>Sends a group's command to one device; the seam lets the pacing be tested without devices.</summary>
public interface IGroupDeviceSender
{
    Task<GroupDeviceOutcome> SendAsync(string deviceId, RpcCommand command);
}
