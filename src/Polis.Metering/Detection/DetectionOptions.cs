using System.ComponentModel.DataAnnotations;
using Polis.Metering.Meters;

namespace Polis.Metering.Detection;

/// <summary>
/// Thresholds of leak, theft and anomaly detection (section <c>Polis:Metering:Detection</c>). Flows are m³ per hour;
/// the defaults and why they were chosen are in docs/metering.md ("Leaks, theft and anomalies").
/// </summary>
public sealed record DetectionOptions
{
    public const string SectionName = "Polis:Metering:Detection";

    /// <summary>Whether the hosted service runs detection by itself (on demand runs work either way).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How often the service looks for a newly completed local day to assess.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Local clock hour the night window opens (inclusive) and closes (exclusive): 02:00–05:00, when a household sleeps.</summary>
    [Range(0, 23)]
    public int NightFromHour { get; init; } = 2;

    [Range(1, 24)]
    public int NightToHour { get; init; } = 5;

    /// <summary>Night flow above the base flow that means a leak at a household (20 L/h: a running cistern).</summary>
    [Range(0.0, 1e6)]
    public double HouseholdNightFlow { get; init; } = 0.02;

    /// <summary>The same for a whole building, where a few people are always up.</summary>
    [Range(0.0, 1e6)]
    public double BuildingNightFlow { get; init; } = 0.10;

    /// <summary>Consecutive nights above the threshold before a leak is reported.</summary>
    [Range(1, 60)]
    public int LeakNights { get; init; } = 3;

    /// <summary>Nights before the assessed ones whose lowest night minimum is the meter's base flow (circulation, legitimate night use).</summary>
    [Range(0, 365)]
    public int BaseFlowNights { get; init; } = 28;

    /// <summary>An hour counts as "without consumption" at or below base flow plus this (5 L/h).</summary>
    [Range(0.0, 1e6)]
    public double NoFlowMargin { get; init; } = 0.005;

    /// <summary>Continuous flow: this long without an hour without consumption.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan ContinuousFlowMinimum { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Zero use at an occupied premises: this many whole local days without consumption.</summary>
    [Range(1, 365)]
    public int ZeroUseDays { get; init; } = 7;

    /// <summary>A day's consumption at or below this (kWh or m³) counts as zero.</summary>
    [Range(0.0, 1e6)]
    public double ZeroUseTolerance { get; init; } = 0.001;

    /// <summary>Electricity losses above this percentage of the feeder's input over the period are reported.</summary>
    [Range(0.0, 100.0)]
    public double ElectricityLossPercent { get; init; } = 8;

    /// <summary>Water losses (non-revenue water) above this percentage are reported.</summary>
    [Range(0.0, 100.0)]
    public double WaterLossPercent { get; init; } = 15;

    /// <summary>Heat and gas network losses above this percentage are reported.</summary>
    [Range(0.0, 100.0)]
    public double OtherLossPercent { get; init; } = 20;

    /// <summary>A loss finding needs at least this many complete days in the period.</summary>
    [Range(1, 366)]
    public int BalanceMinimumDays { get; init; } = 3;

    /// <summary>
    /// Whether spikes and change points are looked for on heat and gas meters too. Off by default: their use follows the
    /// weather, so the CUSUM signals on most days (574 of 1,042 on the real Danish heat meter's daily volume).
    /// </summary>
    public bool AnomaliesOnHeatAndGas { get; init; }

    /// <summary>Days before a day that make its reference (spikes and change points).</summary>
    [Range(7, 366)]
    public int AnomalyWindowDays { get; init; } = 28;

    /// <summary>Spike: a modified z-score above this (Iglewicz and Hoaglin recommend 3.5; daily use is skewed, so higher).</summary>
    [Range(1.0, 100.0)]
    public double SpikeScore { get; init; } = 5;

    /// <summary>CUSUM allowance k in robust standard deviations (half the shift it is tuned to find).</summary>
    [Range(0.0, 10.0)]
    public double ChangeAllowance { get; init; } = 0.5;

    /// <summary>CUSUM decision interval h in robust standard deviations.</summary>
    [Range(1.0, 100.0)]
    public double ChangeThreshold { get; init; } = 8;

    /// <summary>
    /// Each day's standardised score is clipped to ± this before it enters the CUSUM (a robust CUSUM: Lucas and
    /// Crosier, Technometrics 1982), so one outlier day adds at most clip − k and cannot signal by itself.
    /// </summary>
    [Range(0.5, 100.0)]
    public double ChangeClip { get; init; } = 3;

    /// <summary>Change points: the CUSUM runs over this many days before the assessed day; the reference is the window before them.</summary>
    [Range(2, 366)]
    public int ChangeSpanDays { get; init; } = 14;

    public double NightFlowThreshold(ServicePointKind kind) => kind == ServicePointKind.Building ? BuildingNightFlow : HouseholdNightFlow;

    public double LossPercent(MeterKind kind) => kind switch
    {
        MeterKind.Electricity => ElectricityLossPercent,
        MeterKind.Water => WaterLossPercent,
        _ => OtherLossPercent,
    };

    /// <summary>How many days before an assessed range the detectors read.</summary>
    public int LookbackDays => Math.Max(Math.Max(BaseFlowNights + LeakNights, AnomalyWindowDays + ChangeSpanDays), ZeroUseDays) + 2;
}
