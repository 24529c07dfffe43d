using System.Globalization;
using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Benchmarks;

/// <summary>
/// Meter-months of hourly register reads cut from the real Danish heat meter (../shared/data/metering), each with the
/// faults VEE exists for: one lost read (a 2-hour gap), five lost in a row (a 6-hour gap) and one read repeated; each
/// with its 62 days of validated history before it. Months start 5 days apart through 2018–2020, wrapping around.
/// </summary>
internal static class BenchHeatMeterMonths
{
    public const int ReadsPerMonth = 740;

    public static List<BenchMeterMonth> Build(int months)
    {
        var reads = Load();
        var index = reads.Select((r, i) => (r.At, i)).ToDictionary(p => p.At, p => p.i);
        var first = reads[0].At.AddDays(70).Date;
        var span = (int)(reads[^1].At - first).TotalDays - 32;
        var histories = new Dictionary<DateTime, IntervalValue[]>();
        var result = new List<BenchMeterMonth>(months);
        for (var m = 0; m < months; m++)
        {
            var start = new DateTimeOffset(first.AddDays(m * 5 % span), TimeSpan.Zero);
            var at = index[start];
            var month = reads.AsSpan(at, (31 * 24) + 1).ToArray().ToList();
            month.RemoveAt(100);
            month.RemoveRange(300, 5);
            month.Insert(501, month[500]);
            if (!histories.TryGetValue(start.UtcDateTime, out var history))
            {
                history = History(reads, index[start.AddDays(-62)], at);
                histories[start.UtcDateTime] = history;
            }

            result.Add(new BenchMeterMonth(m, new IntervalGrid(start, TimeSpan.FromHours(1), 31 * 24), [.. month], history));
        }

        return result;
    }

    private static IntervalValue[] History(RegisterRead[] reads, int from, int to)
    {
        var values = new IntervalValue[to - from];
        for (var i = from; i < to; i++)
        {
            values[i - from] = new IntervalValue(reads[i].At, reads[i + 1].At, reads[i + 1].Value - reads[i].Value, ReadingQuality.Valid);
        }

        return values;
    }

    /// <summary>The real heat meter's CSV, found from the repository root.</summary>
    public static string DataPath()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the benchmark directory.");
        }

        return Path.Combine(root, "..", "shared", "data", "metering", "danish_heat_meter", "processed_final_data_sample.csv");
    }

    private static RegisterRead[] Load()
    {
        return [.. File.ReadLines(DataPath()).Skip(1).Select(line => line.Split(',')).Select(f => new RegisterRead(
            DateTimeOffset.Parse(f[2], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), double.Parse(f[3], CultureInfo.InvariantCulture)))];
    }
}
