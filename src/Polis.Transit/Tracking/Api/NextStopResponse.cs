namespace Polis.Transit.Tracking.Api;

/// <summary>The stop a vehicle is at or heading for.</summary>
public sealed record NextStopResponse(int Index, string StopId, string? Name, int Sequence);
