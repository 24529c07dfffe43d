using System.ComponentModel.DataAnnotations;

namespace Polis.Transit.Planning;

/// <summary>Planners' reports under <c>Polis:Transit:Planning</c>: thresholds, time bands, proposals, limits (docs/transit.md, Planning).</summary>
public sealed class PlanningOptions : IValidatableObject
{
    public const string SectionName = "Polis:Transit:Planning";

    /// <summary>An observed headway below this share of the scheduled one is bunching (TCQSM's bunching is a headway near zero).</summary>
    [Range(0.01, 1.0)]
    public double BunchingRatio { get; set; } = 0.25;

    /// <summary>An observed headway above this share of the scheduled one is a gap.</summary>
    [Range(1.0, 20.0)]
    public double GapRatio { get; set; } = 1.5;

    /// <summary>How early a departure may be and still be on time (1 min is the most common allowance).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan OnTimeEarly { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How late a departure may be and still be on time (5 min, the usual US standard).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan OnTimeLate { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>On-time performance counts departures at timepoints only (and the first and last stops), as agencies publish it.</summary>
    public bool TimepointsOnly { get; set; } = true;

    /// <summary>The percentile of observed running times proposed as the timetable's running time.</summary>
    [Range(50.0, 99.0)]
    public double ProposedPercentile { get; set; } = 85;

    /// <summary>Proposals are rounded to a multiple of this (60: whole minutes, 30: half minutes).</summary>
    [Range(1, 900)]
    public int RoundingSeconds { get; set; } = 60;

    /// <summary>Fewer observations than this in a cell give no proposal (the report says so).</summary>
    [Range(1, 100_000)]
    public int MinObservations { get; set; } = 10;

    /// <summary>
    /// A route whose stop events fall silent for longer than this (or than two scheduled headways, if longer) was not
    /// tracked then: headways spanning the silence are left out, and runs in it are not called missed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TrackingGap { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>The longest date range one report may cover.</summary>
    [Range(1, 366)]
    public int MaxDays { get; set; } = 31;

    /// <summary>Bunching and gap incidents listed per report (summaries always count them all).</summary>
    [Range(0, 1_000_000)]
    public int MaxIncidents { get; set; } = 10_000;

    /// <summary>Reports built at once; more wait their turn (a month of a city's events keeps a core busy for a while).</summary>
    [Range(1, 64)]
    public int MaxConcurrentReports { get; set; } = 2;

    /// <summary>
    /// Time bands by start time, each running to the next one's start (the last wraps past midnight). Empty: early
    /// 05:00, am-peak 07:00, midday 09:00, pm-peak 15:00, evening 18:00, night 22:00 (see <see cref="EffectiveTimeBands"/>).
    /// </summary>
    public IList<TimeBandOptions> TimeBands { get; } = [];

    /// <summary>The configured bands, or the defaults when none are (a configured list replaces them whole).</summary>
    public IReadOnlyList<TimeBandOptions> EffectiveTimeBands => TimeBands.Count > 0 ? [.. TimeBands] :
    [
        new() { Name = "early", Start = new TimeOnly(5, 0) },
        new() { Name = "am-peak", Start = new TimeOnly(7, 0) },
        new() { Name = "midday", Start = new TimeOnly(9, 0) },
        new() { Name = "pm-peak", Start = new TimeOnly(15, 0) },
        new() { Name = "evening", Start = new TimeOnly(18, 0) },
        new() { Name = "night", Start = new TimeOnly(22, 0) },
    ];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (GapRatio <= BunchingRatio)
        {
            yield return new ValidationResult("GapRatio must be above BunchingRatio.", [nameof(GapRatio)]);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var starts = new HashSet<TimeOnly>();
        foreach (var band in TimeBands)
        {
            if (string.IsNullOrWhiteSpace(band.Name) || !names.Add(band.Name))
            {
                yield return new ValidationResult("Every time band needs a name of its own.", [nameof(TimeBands)]);
            }

            if (!starts.Add(band.Start))
            {
                yield return new ValidationResult($"Two time bands start at {band.Start:HH\\:mm}.", [nameof(TimeBands)]);
            }
        }
    }
}
