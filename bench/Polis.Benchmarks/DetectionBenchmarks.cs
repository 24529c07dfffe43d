using System.Globalization;
using BenchmarkDotNet.Attributes;
using Polis.Metering.Detection;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Benchmarks;

/// <summary>
/// Leak, theft and anomaly detection per meter-month: the real Danish heat meter's hourly volume (../shared/data/metering,
/// m³) cut into 200 water meter-months starting 5 days apart, each with the <see cref="DetectionOptions.LookbackDays"/>
/// days before it, assessed by <see cref="MeterDetectors.Assess"/> as a water meter at an occupied household (night flow,
/// continuous flow, zero use, spikes, change points) in Europe/Copenhagen. Also the scheduled case: one day assessed
/// with its lookback. Peer in the same run: a bare loop summing the same values.
/// </summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private const int Months = 200;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly DetectionOptions Options = new();
    private readonly List<(IntervalValue[] Values, DateOnly From, DateOnly To)> _months = [];
    private MeterContext _meter = null!;

    [GlobalSetup]
    public void Setup()
    {
        var hourly = LoadVolume();
        var first = DateOnly.FromDateTime(hourly[0].Start.UtcDateTime).AddDays(Options.LookbackDays + 2);
        for (var m = 0; m < Months; m++)
        {
            var from = first.AddDays(m * 5);
            var start = new DateTimeOffset(from.AddDays(-Options.LookbackDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var end = new DateTimeOffset(from.AddDays(31).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            _months.Add(([.. hourly.Where(v => v.Start >= start && v.Start < end)], from, from.AddDays(30)));
        }

        var point = new ServicePoint("sp", "a", ServicePointKind.Household, "x", "d", null, true, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        _meter = new MeterContext(new Meter("w", MeterKind.Water, "s", null, 8, 1, 60, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch), point);
    }

    /// <summary>Hourly values per meter-month with lookback (for the ratio).</summary>
    public int ValuesPerMonth => _months[0].Values.Length;

    [Benchmark(Baseline = true, OperationsPerInvoke = Months)]
    public double SumOnlyPeer()
    {
        var total = 0.0;
        foreach (var (values, _, _) in _months)
        {
            foreach (var value in values)
            {
                total += value.Quantity;
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Months)]
    public int AssessMonth()
    {
        var found = 0;
        foreach (var (values, from, to) in _months)
        {
            found += MeterDetectors.Assess(_meter, values, false, from, to, Zone, Options).Found.Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Months)]
    public int AssessLastDay()
    {
        var found = 0;
        foreach (var (values, _, to) in _months)
        {
            found += MeterDetectors.Assess(_meter, values, false, to.AddDays(-1), to, Zone, Options).Found.Count;
        }

        return found;
    }

    private static IntervalValue[] LoadVolume()
    {
        var rows = File.ReadLines(BenchHeatMeterMonths.DataPath()).Skip(1)
            .Select(l => l.Split(',')).Select(f => (At: DateTimeOffset.Parse(f[2], CultureInfo.InvariantCulture), Volume: double.Parse(f[4], CultureInfo.InvariantCulture))).ToList();
        return [.. rows.Skip(1).Select((r, i) => new IntervalValue(rows[i].At, r.At, r.Volume - rows[i].Volume, ReadingQuality.Valid))];
    }
}
