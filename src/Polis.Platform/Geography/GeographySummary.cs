namespace Polis.Platform.Geography;

/// <summary>What a geography upload stored.</summary>
public sealed record GeographySummary(int Districts, int Streets);
