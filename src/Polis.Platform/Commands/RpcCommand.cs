namespace Polis.Platform.Commands;

/// <summary>A validated RPC request. <see cref="ExpiresAt"/> (Unix ms) is set for persistent commands only.</summary>
public sealed record RpcCommand(string Method, string ParamsJson, TimeSpan Timeout, bool OneWay, bool Persistent, long? ExpiresAt);
