namespace Polis.Platform.Commands;

/// <summary>The end of a live RPC call: the request id it used and, when answered, the device's JSON.</summary>
public sealed record RpcResult(RpcOutcome Outcome, int RequestId, string? ResponseJson = null);
