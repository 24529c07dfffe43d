namespace Polis.Platform.Telemetry;

/// <summary>
/// Picks where an aggregate query is answered from: the coarsest stored rollup whose bucket divides the
/// requested interval and whose retention still covers the start of the range. Reading 24 hourly rows
/// instead of 86,400 raw points is the whole point of storing rollups.
/// </summary>
public static class RollupTierSelector
{
    public const long MinuteMs = 60_000;
    public const long HourMs = 3_600_000;
    public const long DayMs = 86_400_000;

    public static long BucketMs(RollupTier tier) => tier switch
    {
        RollupTier.Minute => MinuteMs,
        RollupTier.Hour => HourMs,
        RollupTier.Day => DayMs,
        _ => 1,
    };

    public static RollupTier Choose(long intervalMs, long from, long now, TelemetryOptions options)
    {
        RollupTier[] coarsestFirst = [RollupTier.Day, RollupTier.Hour, RollupTier.Minute];
        var dividing = coarsestFirst.Where(t => intervalMs % BucketMs(t) == 0).ToList();
        foreach (var tier in dividing)
        {
            if (Covers(options.RetentionFor(tier), from, now))
            {
                return tier;
            }
        }

        // Nothing covers the whole range: prefer raw if it still does, else the coarsest tier that exists.
        if (dividing.Count == 0 || Covers(options.RetentionFor(RollupTier.Raw), from, now))
        {
            return RollupTier.Raw;
        }

        return dividing[0];
    }

    private static bool Covers(TimeSpan? retention, long from, long now) =>
        retention is not { } kept || from >= now - (long)kept.TotalMilliseconds;
}
