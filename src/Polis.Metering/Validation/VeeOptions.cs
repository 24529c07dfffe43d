using System.ComponentModel.DataAnnotations;

namespace Polis.Metering.Validation;

/// <summary>
/// Thresholds of validation, estimation and editing (section <c>Polis:Metering:Vee</c>). Quantities per hour are in the
/// meter kind's unit (kWh or m³) and scale with the grid step; the defaults suit household heat and electricity
/// meters and were checked against three years of a real Danish heat meter (see docs/metering.md).
/// </summary>
public sealed record VeeOptions
{
    public const string SectionName = "Polis:Metering:Vee";

    /// <summary>Spike: a value above this multiple of the mean of the intervals around it…</summary>
    [Range(1.5, 1000.0)]
    public double SpikeFactor { get; init; } = 10;

    /// <summary>…and above that mean by at least this much per hour (keeps near-zero neighbourhoods from flagging noise).</summary>
    [Range(0.0, 1e6)]
    public double SpikeMinimumExcessPerHour { get; init; } = 5;

    /// <summary>How far on each side of a value the spike check's mean reaches.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00")]
    public TimeSpan SpikeWindow { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Zero streak: this long or longer without any consumption makes every value of the streak Questionable.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan ZeroStreakMinimum { get; init; } = TimeSpan.FromHours(24);

    /// <summary>High/low usage: how many whole weeks before the value's week make its band (same local clock time and day type).</summary>
    [Range(1, 52)]
    public int HistoryWeeks { get; init; } = 8;

    /// <summary>High/low usage is checked only with at least this many history samples in the band.</summary>
    [Range(2, 1000)]
    public int HistoryMinimumSamples { get; init; } = 4;

    /// <summary>High usage: a value above this multiple of the band's 90th percentile…</summary>
    [Range(1.0, 1000.0)]
    public double HighUsageFactor { get; init; } = 4;

    /// <summary>Low usage: a value below this fraction of the band's 10th percentile…</summary>
    [Range(0.0, 1.0)]
    public double LowUsageFactor { get; init; } = 0.1;

    /// <summary>…and, for either, at least this far outside the percentile per hour.</summary>
    [Range(0.0, 1e6)]
    public double UsageMinimumDifferencePerHour { get; init; } = 2;

    /// <summary>Gaps up to this long are estimated linearly (the register difference spread evenly); longer ones from like days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan LinearEstimationMaximum { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Like-day profile: how many previous like days (same weekday; holidays count as Sundays) are averaged.</summary>
    [Range(1, 52)]
    public int LikeDays { get; init; } = 4;

    /// <summary>How far back like days are looked for.</summary>
    [Range(7, 366)]
    public int LikeDayLookbackDays { get; init; } = 56;

    /// <summary>How many days of validated history before the period VEE uses: what the caller should load as history.</summary>
    public int HistoryDaysNeeded => Math.Max((HistoryWeeks * 7) + 6, LikeDayLookbackDays);
}
