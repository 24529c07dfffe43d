using System.Text.Json.Serialization;

namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// How much a notice matters, as MobilityData's gtfs-validator grades it: an ERROR breaks a "must" of the GTFS
/// reference and refuses the feed, a WARNING breaks a "should" or a best practice, an INFO is worth knowing.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<GtfsSeverity>))]
public enum GtfsSeverity
{
    [JsonStringEnumMemberName("INFO")]
    Info,

    [JsonStringEnumMemberName("WARNING")]
    Warning,

    [JsonStringEnumMemberName("ERROR")]
    Error,
}
