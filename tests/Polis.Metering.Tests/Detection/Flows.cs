using System.Globalization;
using Polis.Metering.Readings;

namespace Polis.Metering.Tests.Detection;

/// <summary>
/// Hourly series for detector tests: hand-made ones, and the real Danish heat meter's <c>volume_flow_m3</c> register
/// (../shared/data/metering/danish_heat_meter, m³, hourly 2018-01-02T23Z to 2020-12-31T22Z) turned into hourly flow.
/// </summary>
internal static class Flows
{
    private static readonly Lazy<IntervalValue[]> RealVolume = new(LoadVolume);

    public static TimeZoneInfo Copenhagen => RealHeatMeter.Copenhagen;

    /// <summary>Hourly Valid values from <paramref name="start"/>, one per element.</summary>
    public static IntervalValue[] Hourly(DateTimeOffset start, IEnumerable<double> quantities) =>
        [.. quantities.Select((q, i) => new IntervalValue(start.AddHours(i), start.AddHours(i + 1), q, ReadingQuality.Valid))];

    /// <summary>Hourly values from <paramref name="start"/> to <paramref name="end"/> given by local hour: <paramref name="flow"/>(local time).</summary>
    public static IntervalValue[] Hourly(DateTimeOffset start, DateTimeOffset end, Func<DateTime, double> flow)
    {
        var values = new List<IntervalValue>();
        for (var t = start; t < end; t = t.AddHours(1))
        {
            values.Add(new IntervalValue(t, t.AddHours(1), flow(TimeZoneInfo.ConvertTimeFromUtc(t.UtcDateTime, Copenhagen)), ReadingQuality.Valid));
        }

        return [.. values];
    }

    /// <summary>The real hourly flow (m³/h) of the heat meter's volume register, all Valid, 26,255 hours.</summary>
    public static IntervalValue[] RealHourlyVolume() => (IntervalValue[])RealVolume.Value.Clone();

    /// <summary>The real flow with a constant leak of <paramref name="rate"/> m³/h from <paramref name="from"/> on.</summary>
    public static IntervalValue[] WithLeak(IntervalValue[] values, DateTimeOffset from, double rate) =>
        [.. values.Select(v => v.Start >= from ? v with { Quantity = v.Quantity + rate } : v)];

    public static DateTimeOffset Utc(string text) => RealHeatMeter.Utc(text);

    private static IntervalValue[] LoadVolume()
    {
        var rows = File.ReadLines(RealHeatMeter.PathOf()).Skip(1).Select(l => l.Split(','))
            .Select(f => (At: RealHeatMeter.Utc(f[2]), Volume: double.Parse(f[4], CultureInfo.InvariantCulture))).ToList();
        var values = new IntervalValue[rows.Count - 1];
        for (var i = 1; i < rows.Count; i++)
        {
            values[i - 1] = new IntervalValue(rows[i - 1].At, rows[i].At, rows[i].Volume - rows[i - 1].Volume, ReadingQuality.Valid);
        }

        return values;
    }
}
