namespace Polis.Platform.Telemetry;

/// <summary>Where an aggregate is computed from: raw points or one of the stored rollups.</summary>
public enum RollupTier
{
    Raw = 0,
    Minute = 1,
    Hour = 2,
    Day = 3,
}
