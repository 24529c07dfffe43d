namespace Polis.Platform.Telemetry;

/// <summary>Telemetry store settings under <c>Polis:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Polis:Telemetry";

    /// <summary>How long raw points are kept; null keeps them for ever.</summary>
    public TimeSpan? RawRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan? MinuteRetention { get; set; } = TimeSpan.FromDays(90);

    public TimeSpan? HourRetention { get; set; } = TimeSpan.FromDays(730);

    public TimeSpan? DayRetention { get; set; }

    /// <summary>How often retention runs.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Upper bound of points in one group commit; a commit starts as soon as the previous one ends.</summary>
    public int MaxPointsPerCommit { get; set; } = 50_000;

    public TimeSpan? RetentionFor(RollupTier tier) => tier switch
    {
        RollupTier.Raw => RawRetention,
        RollupTier.Minute => MinuteRetention,
        RollupTier.Hour => HourRetention,
        _ => DayRetention,
    };
}
