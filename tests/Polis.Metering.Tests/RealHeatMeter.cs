using System.Globalization;
using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;

namespace Polis.Metering.Tests;

/// <summary>
/// The real Danish heat meter of ../shared/data/metering/danish_heat_meter (meter 660: hourly cumulative heat energy
/// in kWh, 2018-01-02T23:00Z to 2020-12-31T22:00Z, 26,256 reads, no gaps), found from the repository root.
/// </summary>
internal static class RealHeatMeter
{
    public const int ReadCount = 26_256;

    /// <summary>2020-03-29 and 2020-10-25 (Sundays, daylight-saving days in Copenhagen) are 313 weeks before 2026-03-29 and 2026-10-25.</summary>
    public const int WeeksTo2026 = 313;

    private static readonly Lazy<RegisterRead[]> All = new(Load);
    private static readonly Lazy<Dictionary<DateTimeOffset, double>> ByInstant = new(() => All.Value.ToDictionary(r => r.At, r => r.Value));

    public static TimeZoneInfo Copenhagen { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string PathOf()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "metering", "danish_heat_meter", "processed_final_data_sample.csv"));
    }

    /// <summary>A fresh copy of every read, in file order.</summary>
    public static RegisterRead[] Reads() => (RegisterRead[])All.Value.Clone();

    /// <summary>The reads from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static RegisterRead[] Between(DateTimeOffset from, DateTimeOffset to) =>
        [.. All.Value.Where(r => r.At >= from && r.At <= to)];

    /// <summary>The register at an instant of the file.</summary>
    public static double At(DateTimeOffset instant) => ByInstant.Value[instant];

    /// <summary>The reads moved forward by whole weeks (weekdays and local clock times keep their meaning).</summary>
    public static RegisterRead[] Shifted(IEnumerable<RegisterRead> reads, int weeks) =>
        [.. reads.Select(r => r with { At = r.At.AddDays(7 * weeks) })];

    /// <summary>
    /// The (shifted) real hourly intervals of the <see cref="VeeOptions.HistoryDaysNeeded"/> days before
    /// <paramref name="periodStart"/>, all Valid: the validated history VEE is given.
    /// </summary>
    public static IReadOnlyList<IntervalValue> ValidatedHistory(DateTimeOffset periodStart, int shiftWeeks = 0)
    {
        var from = periodStart.AddDays(-new VeeOptions().HistoryDaysNeeded);
        var reads = Shifted(Between(from.AddDays(-7 * shiftWeeks), periodStart.AddDays(-7 * shiftWeeks)), shiftWeeks);
        return RegisterConverter.Convert(IntervalGrid.Between(from, periodStart, TimeSpan.FromHours(1)), reads, new RegisterOptions()).Intervals;
    }

    public static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static RegisterRead[] Load()
    {
        var reads = new List<RegisterRead>(ReadCount);
        foreach (var line in File.ReadLines(PathOf()).Skip(1))
        {
            var fields = line.Split(',');
            reads.Add(new RegisterRead(Utc(fields[2]), double.Parse(fields[3], CultureInfo.InvariantCulture)));
        }

        return [.. reads];
    }
}
