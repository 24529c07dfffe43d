namespace Polis.Metering.Exports;

/// <summary>The query-string names of <see cref="ConsumptionResolution"/>: interval, hour, day, month.</summary>
public static class ConsumptionResolutions
{
    public const string Names = "interval, hour, day or month";

    /// <summary>The resolution named <paramref name="text"/> (case-insensitive; <see cref="ConsumptionResolution.Interval"/> when null).</summary>
    public static bool TryParse(string? text, out ConsumptionResolution resolution)
    {
        resolution = ConsumptionResolution.Interval;
        return text is null
            || (Enum.TryParse(text, ignoreCase: true, out resolution) && Enum.IsDefined(resolution) && !int.TryParse(text, out _));
    }

    public static string NameOf(ConsumptionResolution resolution) => resolution.ToString().ToLowerInvariant();
}
