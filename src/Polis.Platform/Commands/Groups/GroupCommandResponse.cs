using System.Text.Json.Nodes;
using Polis.Platform.Devices.Api;

namespace Polis.Platform.Commands.Groups;

/// <summary>A group command as the API shows it: the command, its target, progress by status and, when read alone, outcomes.</summary>
public sealed record GroupCommandResponse(
    Guid Id,
    string Method,
    JsonNode? Params,
    bool Oneway,
    bool Persistent,
    long TimeoutMs,
    JsonNode? Target,
    double RatePerSecond,
    GroupCommandStatus Status,
    int Total,
    IReadOnlyDictionary<GroupDeviceStatus, int> Counts,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<GroupOutcomeResponse>? Devices = null)
{
    public static GroupCommandResponse From(GroupCommand group, IReadOnlyDictionary<GroupDeviceStatus, int> counts, IReadOnlyList<GroupDeviceOutcome>? outcomes = null) => new(
        group.Id,
        group.Command.Method,
        JsonValues.ParseOrText(group.Command.ParamsJson),
        group.Command.OneWay,
        group.Command.Persistent,
        (long)group.Command.Timeout.TotalMilliseconds,
        JsonValues.ParseOrText(group.TargetJson),
        group.RatePerSecond,
        group.Status,
        group.Total,
        counts,
        group.CreatedBy,
        group.CreatedAt,
        group.FinishedAt,
        outcomes?.Select(o => new GroupOutcomeResponse(o.DeviceId, o.Status, o.ResponseJson is null ? null : JsonValues.ParseOrText(o.ResponseJson), o.Detail, o.At)).ToList());
}
