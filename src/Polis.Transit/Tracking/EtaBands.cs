namespace Polis.Transit.Tracking;

/// <summary>
/// The ETA Accuracy Benchmark's horizon buckets and the error each allows: a prediction made 0–3 min before the
/// arrival may be 30 s early or 90 s late; 3–6 min, 1 min / 2.5 min; 6–10 min, 1 min / 3.5 min; 10–15 min,
/// 1.5 min / 4.5 min. Being early is allowed less than being late: a rider who misses the bus waits a headway.
/// </summary>
public static class EtaBands
{
    public const int BucketCount = 4;

    private static readonly int[] s_bounds = [0, 180, 360, 600, 900];
    private static readonly int[] s_early = [30, 60, 60, 90];
    private static readonly int[] s_late = [90, 150, 210, 270];

    /// <summary>The bucket of a horizon (actual arrival − time the prediction was made), or -1 outside 0–15 min.</summary>
    public static int BucketOf(TimeSpan horizon)
    {
        var seconds = horizon.TotalSeconds;
        if (seconds < 0 || seconds > s_bounds[^1])
        {
            return -1;
        }

        for (var b = 0; b < BucketCount - 1; b++)
        {
            if (seconds < s_bounds[b + 1])
            {
                return b;
            }
        }

        return BucketCount - 1;
    }

    public static int FromMinutes(int bucket) => s_bounds[bucket] / 60;

    public static int ToMinutes(int bucket) => s_bounds[bucket + 1] / 60;

    public static int AllowedEarlySeconds(int bucket) => s_early[bucket];

    public static int AllowedLateSeconds(int bucket) => s_late[bucket];

    public static string Label(int bucket) => $"{FromMinutes(bucket)}-{ToMinutes(bucket)}";

    /// <summary>Judges an error (actual − predicted, seconds: positive = the vehicle came later than predicted).</summary>
    public static EtaOutcome Judge(int bucket, double errorSeconds) =>
        errorSeconds < -s_early[bucket] ? EtaOutcome.Early : errorSeconds > s_late[bucket] ? EtaOutcome.Late : EtaOutcome.Accurate;
}
