namespace Polis.Metering.Registers;

/// <summary>One reading of a meter's cumulative register: its value (kWh or m³) at an instant (UTC).</summary>
public readonly record struct RegisterRead(DateTimeOffset At, double Value);
