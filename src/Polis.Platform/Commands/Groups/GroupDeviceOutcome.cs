namespace Polis.Platform.Commands.Groups;

/// <summary>One device's outcome within a group command; <see cref="ResponseJson"/> is the device's answer.</summary>
public sealed record GroupDeviceOutcome(string DeviceId, GroupDeviceStatus Status, string? ResponseJson, string? Detail, DateTimeOffset? At);
