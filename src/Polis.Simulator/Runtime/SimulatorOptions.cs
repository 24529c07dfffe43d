using System.ComponentModel.DataAnnotations;
using Polis.Simulator.Model;

namespace Polis.Simulator.Runtime;

/// <summary>The simulated city, under <c>Polis:Simulator</c> (and the flags of <c>polis simulate</c>).</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Polis:Simulator";

    /// <summary>Whether <c>polis</c> runs the simulated city beside the platform (on by default, for newcomers).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The city: the same seed always gives the same districts, streets and devices.</summary>
    [Range(0, int.MaxValue)]
    public int Seed { get; set; } = 42;

    public SimulationScale Scale { get; set; } = SimulationScale.Small;

    /// <summary>Time acceleration: at N &gt; 1 the city replays <see cref="Backfill"/> N times faster, then runs live.</summary>
    [Range(1, 100_000)]
    public double Speed { get; set; } = 1;

    /// <summary>How far back an accelerated clock starts.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Backfill { get; set; } = TimeSpan.FromDays(1);

    /// <summary>MQTT connections opened at the same time (start-up and reconnects).</summary>
    [Range(1, 1_000)]
    public int ConnectConcurrency { get; set; } = 32;

    /// <summary>Where to write the city's GTFS static feed; in <c>polis</c> by default under the data directory.</summary>
    public string? GtfsPath { get; set; }

    /// <summary>
    /// A real GTFS zip for the buses to run instead of the generated routes (the rest of the city stays generated).
    /// Its calendar is moved by whole weeks when it does not cover today; see docs/simulator.md.
    /// </summary>
    public string? TransitFeed { get; set; }

    /// <summary>At most this many buses run a <see cref="TransitFeed"/>; a busier day drops its shortest duties.</summary>
    [Range(1, 10_000)]
    public int MaxTransitVehicles { get; set; } = 300;
}
