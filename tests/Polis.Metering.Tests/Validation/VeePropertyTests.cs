using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Validation;

/// <summary>
/// Properties over random fortnights of the real heat meter with random faults (lost reads in runs of 1–10, repeats,
/// rejected values, shuffled order): every read gets an outcome, nothing goes missing, every estimate adds up to the
/// register difference it fills, measured hours stay the real ones, and every change is audited.
/// </summary>
public sealed class VeePropertyTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 16)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_RandomFaultsInARealFortnight_LoseNothingAndAddUp(int seed)
    {
        var random = new Random(seed);
        var from = Utc("2018-01-03T00:00:00Z").AddDays(70 + random.Next(1000));
        var to = from.AddDays(14);
        var real = Between(from, to);
        var lost = new HashSet<DateTimeOffset>();
        for (var run = random.Next(1, 6); run > 0; run--)
        {
            var first = random.Next(1, real.Length - 12);
            lost.UnionWith(real.Skip(first).Take(random.Next(1, 11)).Select(r => r.At));
        }

        var kept = real.Where(r => !lost.Contains(r.At)).ToArray();
        var repeats = kept.Where(_ => random.NextDouble() < 0.05).ToArray();
        RegisterRead[] rejected = [new(from.AddHours(3), double.NaN), new(from.AddHours(5), -1)];
        var messy = kept.Concat(repeats).Concat(rejected).OrderBy(_ => random.Next()).ToArray();
        var grid = IntervalGrid.Between(from, to, Hour);

        var conversion = RegisterConverter.Convert(grid, messy, new RegisterOptions());
        var result = VeeEngine.Run(VeeInput.FromRegisters(conversion, Copenhagen) with { History = ValidatedHistory(from) }, Series.Options, Series.Clock());
        var series = result.Series;

        // Every read accounted for.
        Assert.Equal(messy.Length, conversion.Outcomes[0].Count);
        Assert.Equal(kept.Length, conversion.Count(RegisterReadOutcome.Used) + conversion.Count(RegisterReadOutcome.UsedOutOfOrder));
        Assert.Equal(repeats.Length, conversion.Count(RegisterReadOutcome.Duplicate));
        Assert.Equal(rejected.Length, conversion.Count(RegisterReadOutcome.Rejected));

        // Nothing missing, and the fortnight adds up to its registers.
        Assert.Equal(0, series.MissingCount);
        Assert.Equal(At(to) - At(from), series.Total(), 1e-6);

        // Each gap's estimates add up to the register difference across it; measured hours are the real ones.
        foreach (var gap in conversion.Gaps)
        {
            var indexes = Enumerable.Range(grid.IndexOf(gap.Start), (int)(gap.Length / Hour)).ToArray();
            Assert.Equal(gap.Consumption!.Value, indexes.Sum(i => series.At(i)!.Value.Value.Quantity), 1e-9);
            Assert.All(indexes, i => Assert.Equal(ReadingQuality.Estimated, series.At(i)!.Value.Value.Quality));
            Assert.Equal(At(gap.End) - At(gap.Start), gap.Consumption!.Value, 1e-9);
        }

        Assert.All(conversion.Intervals, v => Assert.Equal(At(v.End) - At(v.Start), series.At(grid.IndexOf(v.Start))!.Value.Value.Quantity, 1e-9));

        // Every value that is not Valid has its audit entry and a reason.
        Assert.Equal(series.Values.Count(v => v.Value.Quality != ReadingQuality.Valid), result.Audit.Count);
        Assert.All(series.Values.Where(v => v.Value.Quality != ReadingQuality.Valid), v => Assert.False(string.IsNullOrEmpty(v.Reason)));
        Assert.All(result.Audit.Where(e => e.NewQuality == ReadingQuality.Estimated), e => Assert.Null(e.OldQuantity));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Convert_RandomlySpacedReads_AddUpToTheRegisterDifference(int seed)
    {
        // Reads 1 s to 100 min apart (some off the grid, some snapped, some too far apart to apportion): measured hours
        // and proven gaps together always hold last − first.
        var random = new Random(seed);
        var from = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var to = from.AddDays(2);
        var reads = new List<RegisterRead> { new(from, 500) };
        var at = from;
        var register = 500.0;
        while (true)
        {
            at = at.AddSeconds(random.Next(1, 6000));
            register += random.NextDouble() * 3;
            if (at >= to)
            {
                break;
            }

            reads.Add(new RegisterRead(at, register));
        }

        reads.Add(new RegisterRead(to, register));
        var grid = IntervalGrid.Between(from, to, Hour);

        var conversion = RegisterConverter.Convert(grid, reads.ToArray(), new RegisterOptions());

        var measured = conversion.Intervals.Sum(v => v.Quantity);
        var gaps = conversion.Gaps.Sum(g => g.Consumption!.Value);
        Assert.Equal(register - 500, measured + gaps, 1e-9);
        Assert.Equal(grid.Count, conversion.Intervals.Count + conversion.Gaps.Sum(g => (int)(g.Length / Hour)));
        Assert.All(conversion.Intervals, v => Assert.True(v.Quantity >= 0));
    }
}
