using Polis.Platform.Devices;

namespace Polis.Platform.Commands;

/// <summary>
/// How sending one command to one device went. <see cref="Status"/> is Invalid (with <see cref="Errors"/> by field),
/// NotFound, or Ok with either <see cref="Queued"/> (a persistent command, stored) or <see cref="Live"/> (a live call's end).
/// </summary>
public sealed record CommandSendResult(
    OperationStatus Status,
    RpcCommand? Command = null,
    CommandResponse? Queued = null,
    RpcResult? Live = null,
    IDictionary<string, string[]>? Errors = null);
