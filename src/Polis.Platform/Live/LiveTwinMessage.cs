using Polis.Platform.Devices.Api;

namespace Polis.Platform.Live;

/// <summary>What a "twin" message carries: the readings just made durable, by key.</summary>
public sealed record LiveTwinMessage(string DeviceId, string ProfileId, string? District, IReadOnlyDictionary<string, TimedValue> Values);
