namespace Polis.Dashboard.Devices;

/// <summary>The command form as the operator filled it in: params are JSON text, the timeout is in ms (blank = the default).</summary>
public sealed record DeviceCommandForm(string? Method, string? ParamsJson, CommandMode Mode, long? TimeoutMs);
