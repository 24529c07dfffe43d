namespace Polis.Platform.Commands.Groups;

/// <summary>
/// Body of <c>POST /api/v1/commands/groups</c>: which devices, what command (the single-device RPC body), and how
/// carefully. <see cref="DryRun"/> lists the targets and sends nothing. <see cref="ExpectedCount"/>, when
/// given, must equal the number of targets found, so a command reviewed in a dry run never reaches more
/// devices than were reviewed.
/// </summary>
public sealed record GroupCommandRequest(
    GroupTargetRequest? Target,
    RpcRequest? Command,
    bool? DryRun,
    double? RatePerSecond,
    int? ExpectedCount);
