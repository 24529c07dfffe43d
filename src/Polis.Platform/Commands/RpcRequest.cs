using System.Text.Json;

namespace Polis.Platform.Commands;

/// <summary>
/// The body of <c>POST /api/v1/devices/{id}/rpc</c>, ThingsBoard's server-side RPC shape. Times in ms:
/// <see cref="Timeout"/> a duration, <see cref="ExpirationTime"/> a Unix time, <see cref="Ttl"/> a duration.
/// </summary>
public sealed record RpcRequest(
    string? Method,
    JsonElement? Params,
    long? Timeout,
    bool? Oneway,
    bool? Persistent,
    long? ExpirationTime,
    long? Ttl);
