using System.ComponentModel.DataAnnotations;

namespace Polis.Transit.Tracking;

/// <summary>Live vehicle tracking under <c>Polis:Transit:Tracking</c>: report filters, matching tolerances, history, predictions.</summary>
public sealed class TrackingOptions
{
    public const string SectionName = "Polis:Transit:Tracking";

    /// <summary>Vehicle readings waiting for the tracker; beyond it new ones are dropped (and counted) rather than slowing ingest.</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>How far a report's timestamp may be ahead of the server's clock (devices' clocks drift).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Reports older than this when they arrive (a device emptying its backlog) are too late to place a vehicle.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan MaxReportAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Fastest plausible vehicle (45 m/s = 162 km/h, above any bus or commuter train): faster implied moves are GPS jumps.</summary>
    [Range(5.0, 200.0)]
    public double MaxSpeedMetresPerSecond { get; set; } = 45;

    /// <summary>GPS noise absorbed everywhere: the jump test subtracts it, progress may not go back by more than it.</summary>
    [Range(0.0, 500.0)]
    public double GpsNoiseMetres { get; set; } = 30;

    /// <summary>How far from a trip's shape a report may be and still be on it.</summary>
    [Range(10.0, 2_000.0)]
    public double ShapeToleranceMetres { get; set; } = 100;

    /// <summary>A stop's zone is this far either side of it along the shape (less where stops are closer than twice this).</summary>
    [Range(5.0, 500.0)]
    public double StopRadiusMetres { get; set; } = 40;

    /// <summary>Within this distance of the next stop the status is INCOMING_AT rather than IN_TRANSIT_TO.</summary>
    [Range(0.0, 2_000.0)]
    public double IncomingMetres { get; set; } = 200;

    /// <summary>Below this speed (m/s) a vehicle inside a stop's zone is STOPPED_AT it.</summary>
    [Range(0.0, 10.0)]
    public double StoppedSpeedMetresPerSecond { get; set; } = 2;

    /// <summary>Earliest a vehicle may be against a run's schedule and still be matched to it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "03:00:00")]
    public TimeSpan MaxEarly { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Latest a vehicle may be against a run's schedule and still be matched to it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "06:00:00")]
    public TimeSpan MaxLate { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long after a run's departure a vehicle still at or before its first stop can be matched to it spatially
    /// (without a reported trip): past this it is standing, not running the run late (see <see cref="RunScoring.Plausible"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "06:00:00")]
    public TimeSpan MaxLateDeparture { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long before its first departure a vehicle waiting at a run's first stop can be matched to it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "03:00:00")]
    public TimeSpan Layover { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Consecutive reports another run must be clearly better before a vehicle switches to it.</summary>
    [Range(1, 20)]
    public int SwitchReports { get; set; } = 2;

    /// <summary>Reports off its run's shape a vehicle keeps the run for (a short detour, a bad fix) before it is unmatched.</summary>
    [Range(0, 20)]
    public int OffRouteGraceReports { get; set; } = 2;

    /// <summary>Vehicles not heard from for this long are forgotten.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan VehicleExpiry { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often recorded stop events, running times and accuracy are written (one transaction each time).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Stop events and statistics kept for writing while the store is unavailable; beyond it the oldest are dropped.</summary>
    [Range(100, 10_000_000)]
    public int MaxPendingEvents { get; set; } = 200_000;

    /// <summary>Passages timed from reports further apart than this are recorded but kept out of the running-time history.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxHistoryGap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Observations at which history and schedule weigh the same in a prediction (weight = n / (n + this)).</summary>
    [Range(0, 10_000)]
    public int HistoryPriorCount { get; set; } = 10;

    /// <summary>Predictions kept per (run, stop) for scoring: at most one per this interval.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PredictionSampleInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Passengers at 100 % occupancy (the bus profile reports a head count).</summary>
    [Range(0, 10_000)]
    public int VehicleCapacity { get; set; } = 80;

    /// <summary>Gaps longer than this between two vehicles at a stop are not headways (service had stopped).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MaxHeadway { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How fast (s² per second) the delay filter lets the true delay wander between reports.</summary>
    [Range(0.0, 1_000.0)]
    public double DelayProcessNoise { get; set; } = 4;

    /// <summary>Standard deviation (s) of one delay measurement (GPS and progress noise as time).</summary>
    [Range(1.0, 600.0)]
    public double DelayMeasurementNoiseSeconds { get; set; } = 20;

    /// <summary>Dates run as Sundays for the running-time history's day types (public holidays).</summary>
    public IList<DateOnly> Holidays { get; } = [];
}
