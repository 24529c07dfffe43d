namespace Polis.Platform.Devices;

/// <summary>
/// A telemetry key a profile expects: its unit and valid range. A numeric reading outside [Min, Max]
/// is refused; a non-numeric value for a key with a range is refused too.
/// </summary>
public sealed record TelemetryKeyDefinition(string Key, string? Unit = null, double? Min = null, double? Max = null, string? Description = null);
