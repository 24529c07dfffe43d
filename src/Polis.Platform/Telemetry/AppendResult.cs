namespace Polis.Platform.Telemetry;

/// <summary>How many points were new and how many were already stored for the same (device, key, ts).</summary>
public readonly record struct AppendResult(int Inserted, int Duplicates);
