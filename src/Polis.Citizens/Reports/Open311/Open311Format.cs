namespace Polis.Citizens.Reports.Open311;

/// <summary>The response format GeoReport v2 takes from a path's extension (<c>.json</c> or <c>.xml</c>).</summary>
public enum Open311Format
{
    Json,
    Xml,
}
