namespace Polis.Platform.Devices;

/// <summary>An RPC method a kind of device understands, as its profile declares it.</summary>
public sealed record CommandDefinition(string Method, string? Description = null);
