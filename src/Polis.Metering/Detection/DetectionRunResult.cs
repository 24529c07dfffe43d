namespace Polis.Metering.Detection;

/// <summary>What a detection run did: the local days assessed, meters and feeders assessed, findings opened, updated and resolved.</summary>
public sealed record DetectionRunResult(DateOnly From, DateOnly To, int Meters, int Feeders, int Opened, int Updated, int Resolved);
