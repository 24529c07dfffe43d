namespace Polis.Dashboard.Devices;

/// <summary>One point of a chart: time (Unix ms) and value.</summary>
public readonly record struct ChartPoint(long Ts, double Value);
