namespace Polis.Contracts.Telemetry;

/// <summary>The JSON type a device sent for a telemetry value; ThingsBoard firmware sends all four.</summary>
public enum TelemetryValueKind : byte
{
    Number = 0,
    Boolean = 1,
    Text = 2,
    Json = 3,
}
