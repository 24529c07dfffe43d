namespace Polis.NgsiLd.Entities;

/// <summary>UN/CEFACT Recommendation 20 codes for the units profiles use; NGSI-LD's unitCode expects these.</summary>
public static class UnitCodes
{
    private static readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal)
    {
        ["kWh"] = "KWH",
        ["kW"] = "KWT",
        ["W"] = "WTT",
        ["V"] = "VLT",
        ["A"] = "AMP",
        ["m3"] = "MTQ",
        ["m3/h"] = "MQH",
        ["Cel"] = "CEL",
        ["km/h"] = "KMH",
        ["km"] = "KMT",
        ["deg"] = "DD",
        ["%"] = "P1",
        ["s"] = "SEC",
        ["ug/m3"] = "GQ",
        ["mg/m3"] = "GP",
        ["Mbit/s"] = "E20",
    };

    /// <summary>The code for a profile unit, or null when it has none (counts such as passengers).</summary>
    public static string? For(string? unit) => unit is not null && _codes.TryGetValue(unit, out var code) ? code : null;
}
