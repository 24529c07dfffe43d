namespace Polis.Dashboard.Overview;

/// <summary>The bands of the European Air Quality Index.</summary>
public enum AirQualityBand
{
    Good,
    Fair,
    Moderate,
    Poor,
    VeryPoor,
    ExtremelyPoor,
}

/// <summary>
/// PM2.5 (µg/m³) to European Air Quality Index band, with the EEA's PM2.5 limits (0–10 good, 10–20 fair,
/// 20–25 moderate, 25–50 poor, 50–75 very poor, above 75 extremely poor). The EEA applies them to 24-hour
/// running means; the overview applies them to the latest reading, which makes it an early signal, not a
/// compliance figure.
/// </summary>
public static class AirQualityBands
{
    public static AirQualityBand ForPm25(double pm25) => pm25 switch
    {
        <= 10 => AirQualityBand.Good,
        <= 20 => AirQualityBand.Fair,
        <= 25 => AirQualityBand.Moderate,
        <= 50 => AirQualityBand.Poor,
        <= 75 => AirQualityBand.VeryPoor,
        _ => AirQualityBand.ExtremelyPoor,
    };

    public static string Label(AirQualityBand band) => band switch
    {
        AirQualityBand.VeryPoor => "very poor",
        AirQualityBand.ExtremelyPoor => "extremely poor",
        _ => band.ToString().ToLowerInvariant(),
    };
}
