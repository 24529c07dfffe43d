using System.ComponentModel.DataAnnotations;

namespace Polis.Citizens.Reports.Open311;

/// <summary>Open311 GeoReport v2 settings (section Polis:Citizens:Open311).</summary>
public sealed class Open311Options
{
    public const string SectionName = "Polis:Citizens:Open311";

    /// <summary>The one jurisdiction this endpoint serves; a request naming another is the spec's 404.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,100}$")]
    public string JurisdictionId { get; set; } = "polis.city";

    /// <summary>Who to contact about this endpoint, published by discovery.</summary>
    [Required]
    public string Contact { get; set; } = "The city's operations centre.";

    /// <summary>The largest photo accepted, in bytes.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public int MaxMediaBytes { get; set; } = 5 * 1024 * 1024;
}
