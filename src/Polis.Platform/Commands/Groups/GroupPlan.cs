using Polis.Platform.Devices;

namespace Polis.Platform.Commands.Groups;

/// <summary>A checked group request: valid when <see cref="Errors"/> is empty, then with its devices resolved.</summary>
public sealed record GroupPlan(GroupTarget? Target, RpcCommand? Command, double RatePerSecond, IReadOnlyList<Device> Devices, Dictionary<string, string[]> Errors)
{
    public static GroupPlan Invalid(Dictionary<string, string[]> errors) => new(null, null, 0, [], errors);
}
