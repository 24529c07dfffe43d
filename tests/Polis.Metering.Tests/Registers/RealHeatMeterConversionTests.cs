using Polis.Metering.Readings;
using Polis.Metering.Registers;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Registers;

/// <summary>Register conversion of the real heat meter (meter 660, hourly kWh), checked against rows of the file by hand.</summary>
public sealed class RealHeatMeterConversionTests
{
    private static readonly DateTimeOffset First = Utc("2018-01-02T23:00:00Z");
    private static readonly DateTimeOffset Last = Utc("2020-12-31T22:00:00Z");
    private static readonly IntervalGrid Whole = IntervalGrid.Between(First, Last, TimeSpan.FromHours(1));

    [Fact]
    public void Convert_WholeRealSeries_MeasuresEveryHourAndAddsUpToTheRegister()
    {
        var conversion = RegisterConverter.Convert(Whole, Reads(), new RegisterOptions());

        Assert.Equal(ReadCount - 1, conversion.Intervals.Count);
        Assert.All(conversion.Intervals, v => Assert.Equal(ReadingQuality.Valid, v.Quality));
        Assert.Empty(conversion.Gaps);
        Assert.Empty(conversion.Notes);
        Assert.Equal(ReadCount, conversion.Count(RegisterReadOutcome.Used));
        // Rows 2 and 3: 5350.73684210526 − 5347.61445783133 = 3.12238427393 kWh in [2018-01-02T23Z, 2018-01-03T00Z).
        Assert.Equal(3.12238427393, conversion.QuantityAt(0), 1e-8);
        // 2020-03-28T00Z → 01Z: 46550.0317460317 − 46546.921875 = 3.1098710317.
        Assert.Equal(3.1098710317, conversion.QuantityAt(Whole.IndexOf(Utc("2020-03-28T00:00:00Z"))), 1e-8);
        // A summer afternoon: 15891 at 14Z, 15Z and 16Z (no heat), 15896.3731343284 at 17Z: 0, 0, 5.3731343284.
        Assert.Equal(0, conversion.QuantityAt(Whole.IndexOf(Utc("2018-08-19T14:00:00Z"))));
        Assert.Equal(5.3731343284, conversion.QuantityAt(Whole.IndexOf(Utc("2018-08-19T16:00:00Z"))), 1e-8);
        // The last register minus the first: 58,000-odd kWh over three years, every hour accounted for.
        Assert.Equal(At(Last) - At(First), conversion.Intervals.Sum(v => v.Quantity), 6);
    }

    [Fact]
    public void Convert_RealReadsShuffledAndRepeated_GiveTheSameIntervalsAndReportEveryRead()
    {
        var reads = Between(Utc("2020-02-01T00:00:00Z"), Utc("2020-03-01T00:00:00Z"));
        var grid = IntervalGrid.Between(Utc("2020-02-01T00:00:00Z"), Utc("2020-03-01T00:00:00Z"), TimeSpan.FromHours(1));
        var random = new Random(6);
        var messy = reads.Concat(reads.Where((_, i) => i % 10 == 0)).OrderBy(_ => random.Next()).ToArray();

        var clean = RegisterConverter.Convert(grid, reads, new RegisterOptions());
        var conversion = RegisterConverter.Convert(grid, messy, new RegisterOptions());

        Assert.Equal(clean.Intervals, conversion.Intervals);
        Assert.Equal(messy.Length, conversion.Outcomes[0].Count);
        Assert.Equal(reads.Length, conversion.Count(RegisterReadOutcome.Used) + conversion.Count(RegisterReadOutcome.UsedOutOfOrder));
        Assert.Equal(messy.Length - reads.Length, conversion.Count(RegisterReadOutcome.Duplicate));
        Assert.True(conversion.Count(RegisterReadOutcome.UsedOutOfOrder) > 100);
    }

    [Fact]
    public void Convert_RealSeriesOnAFiveDigitRegister_WrapsAndKeepsTheConsumption()
    {
        // Shift the register by 53,421 and keep 5 digits: 46,577.868852459 at 2020-03-28T12Z reads 99,998.868852459, and
        // 46,579.9016393443 at 13Z reads 0.9016393443. [12Z,13Z) = 100,000 − 99,998.868852459 + 0.9016393443 = 2.0327868853.
        var from = Utc("2020-03-28T00:00:00Z");
        var grid = IntervalGrid.Between(from, from.AddDays(1), TimeSpan.FromHours(1));
        var real = Between(from, from.AddDays(1));
        var wrapped = real.Select(r => r with { Value = (r.Value + 53_421) % 100_000 }).ToArray();

        var conversion = RegisterConverter.Convert(grid, wrapped, new RegisterOptions(), RegisterInstallation.CapacityOfDigits(5));

        Assert.Equal(RegisterConverter.Convert(grid, real, new RegisterOptions()).Intervals.Select(v => Math.Round(v.Quantity, 6)), conversion.Intervals.Select(v => Math.Round(v.Quantity, 6)));
        Assert.Equal(2.0327868853, conversion.QuantityAt(12), 1e-8);
        var note = Assert.Single(conversion.Notes);
        Assert.Equal((Utc("2020-03-28T12:00:00Z"), RegisterFindings.Rollover), (note.IntervalStart, note.Findings));
    }

    [Fact]
    public void Convert_RealSeriesWithAMeterExchange_KeepsTheConsumptionOfTheExchangeHour()
    {
        // Exchange at 2020-03-28T10:20Z. The old meter's final read, a third of the way from 46,572.6825396825 (10Z) to
        // 46,573.9821428572 (11Z), is 46,573.1157407407; the new meter starts at 0. [10Z,11Z) = 0.4332010582 + 0.8664021165
        // = 1.2996031747, the real hour's difference.
        var from = Utc("2020-03-28T00:00:00Z");
        var exchange = Utc("2020-03-28T10:20:00Z");
        var real = Between(from, from.AddDays(1));
        var final = At(Utc("2020-03-28T10:00:00Z")) + ((At(Utc("2020-03-28T11:00:00Z")) - At(Utc("2020-03-28T10:00:00Z"))) / 3);
        MeterReads[] meters =
        [
            new(new RegisterInstallation("A-660", from.AddYears(-3), exchange) { FinalRead = final }, real.Where(r => r.At < exchange).ToArray()),
            new(new RegisterInstallation("B-661", exchange) { InitialRead = 0 }, real.Where(r => r.At > exchange).Select(r => r with { Value = r.Value - final }).ToArray()),
        ];
        var grid = IntervalGrid.Between(from, from.AddDays(1), TimeSpan.FromHours(1));

        var conversion = RegisterConverter.Convert(grid, meters, new RegisterOptions());

        Assert.Equal(1.2996031747, conversion.QuantityAt(10), 1e-8);
        Assert.Equal(At(from.AddDays(1)) - At(from), conversion.Intervals.Sum(v => v.Quantity), 1e-8);
        Assert.Equal(RegisterFindings.MeterExchange, Assert.Single(conversion.Notes).Findings);
        Assert.All(conversion.Intervals, v => Assert.Equal(ReadingQuality.Valid, v.Quality));
    }
}
