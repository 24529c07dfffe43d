using System.ComponentModel.DataAnnotations;

namespace Polis.Transit.Realtime;

/// <summary>The public GTFS-Realtime feeds under <c>Polis:Transit:Realtime</c>.</summary>
public sealed class GtfsRealtimeOptions
{
    public const string SectionName = "Polis:Transit:Realtime";

    /// <summary>A vehicle whose latest report is older than this is left out of every feed.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan StaleVehicleAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Each feed is built at most once per this interval; everyone polling in between gets the same bytes. At least
    /// one second, so two builds never share a header timestamp (validators flag changed content under the same
    /// timestamp, E017).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);
}
