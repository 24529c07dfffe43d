namespace Polis.Platform.Commands.Groups;

/// <summary>A group command as stored: the command, the target it was resolved from, its pace and state.</summary>
public sealed record GroupCommand(
    Guid Id,
    RpcCommand Command,
    string TargetJson,
    double RatePerSecond,
    GroupCommandStatus Status,
    int Total,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt);
