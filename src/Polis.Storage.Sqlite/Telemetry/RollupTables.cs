using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>Table names and bucket lengths of the rollup tiers; buckets are aligned to the Unix epoch (UTC).</summary>
internal static class RollupTables
{
    public const long MinuteMs = 60_000;
    public const long HourMs = 3_600_000;
    public const long DayMs = 86_400_000;

    /// <summary>The stored tiers in the order the writer accumulates them.</summary>
    public static readonly RollupTier[] StoredTiers = [RollupTier.Minute, RollupTier.Hour, RollupTier.Day];

    public static long BucketLength(RollupTier tier) => tier switch
    {
        RollupTier.Raw => 1,
        RollupTier.Minute => MinuteMs,
        RollupTier.Hour => HourMs,
        RollupTier.Day => DayMs,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown rollup tier."),
    };

    public static string TableName(RollupTier tier) => tier switch
    {
        RollupTier.Raw => "telemetry_raw",
        RollupTier.Minute => "telemetry_minute",
        RollupTier.Hour => "telemetry_hour",
        RollupTier.Day => "telemetry_day",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown rollup tier."),
    };

    /// <summary>The time column a tier is keyed and retained by.</summary>
    public static string TimeColumn(RollupTier tier) => tier == RollupTier.Raw ? "ts" : "bucket_start";

    /// <summary>Floor to the bucket start, also for times before 1970 (C# % truncates towards zero).</summary>
    public static long BucketStart(long timestamp, long length)
    {
        var offset = timestamp % length;
        return offset < 0 ? timestamp - offset - length : timestamp - offset;
    }
}
