using System.Globalization;

namespace Polis.Dashboard.Devices;

/// <summary>
/// Lays out a time-series line chart in SVG user units: the plot area, the polyline, and round-numbered ticks on
/// both axes. Pure arithmetic, so the chart component only draws, and renders the same without any script or CDN.
/// </summary>
public sealed class ChartGeometry
{
    public const double Width = 800;
    public const double Height = 280;
    public const double Left = 64;
    public const double Right = 16;
    public const double Top = 12;
    public const double Bottom = 44;
    private const int TickCount = 5;

    private readonly double _min;
    private readonly double _max;
    private readonly long _from;
    private readonly long _to;

    public ChartGeometry(IReadOnlyList<ChartPoint> points, long from, long to)
    {
        ArgumentNullException.ThrowIfNull(points);
        _from = from;
        _to = Math.Max(to, from + 1);
        var (min, max) = points.Count == 0 ? (0d, 1d) : (points.Min(p => p.Value), points.Max(p => p.Value));
        if (max - min < 1e-9)
        {
            // A flat line still needs a scale: centre it in a band of ±1 (or ±10 % of the value).
            var pad = Math.Max(1, Math.Abs(min) * 0.1);
            (min, max) = (min - pad, max + pad);
        }

        var step = NiceStep((max - min) / (TickCount - 1));
        _min = Math.Floor(min / step) * step;
        _max = Math.Ceiling(max / step) * step;
        YTicks = [.. Enumerable.Range(0, (int)Math.Round((_max - _min) / step) + 1).Select(i => _min + (i * step)).Select(v => (Y(v), DeviceFormat.Number(v)))];
        XTicks = [.. Enumerable.Range(0, TickCount).Select(i => _from + ((_to - _from) * i / (TickCount - 1))).Select(t => (X(t), TimeLabel(t)))];
        Polyline = string.Join(' ', points.OrderBy(p => p.Ts).Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Ts):0.#},{Y(p.Value):0.#}")));
    }

    public static double PlotLeft => Left;

    public static double PlotRight => Width - Right;

    public static double PlotTop => Top;

    public static double PlotBottom => Height - Bottom;

    /// <summary>"x,y x,y …" oldest first.</summary>
    public string Polyline { get; }

    public IReadOnlyList<(double Y, string Label)> YTicks { get; }

    public IReadOnlyList<(double X, string Label)> XTicks { get; }

    public double X(long ts) => PlotLeft + ((PlotRight - PlotLeft) * (ts - _from) / (_to - _from));

    public double Y(double value) => PlotBottom - ((PlotBottom - PlotTop) * (value - _min) / (_max - _min));

    /// <summary>Invariant text for an SVG attribute.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private string TimeLabel(long ts)
    {
        var utc = DateTimeOffset.FromUnixTimeMilliseconds(ts).UtcDateTime;
        return utc.ToString(_to - _from <= TimeSpan.FromDays(1).TotalMilliseconds ? "HH:mm" : "MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="rough"/>: ticks people can read.</summary>
    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
