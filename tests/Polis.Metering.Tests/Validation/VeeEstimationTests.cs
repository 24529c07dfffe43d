using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;
using static Polis.Metering.Tests.Validation.Series;

namespace Polis.Metering.Tests.Validation;

public sealed class VeeEstimationTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Every day alike: local hour + 1 (so a like-day profile is exactly this).</summary>
    private static double ByLocalHour(DateTimeOffset t) => LocalHour(t) + 1;

    private static List<IntervalValue> Without(List<IntervalValue> values, DateTimeOffset from, DateTimeOffset to) =>
        [.. values.Where(v => v.Start < from || v.Start >= to)];

    private static RegisterRead[] Cumulative(DateTimeOffset from, int hours, Func<DateTimeOffset, double> consumption)
    {
        var reads = new RegisterRead[hours + 1];
        var register = 1000.0;
        for (var h = 0; h <= hours; h++)
        {
            reads[h] = new RegisterRead(from.AddHours(h), register);
            register += consumption(from.AddHours(h));
        }

        return reads;
    }

    [Fact]
    public void Run_TwoHourGapWithRegisterDifference_SpreadsItEvenly()
    {
        // Consumption 1, 2, 3, 4, 5, 6: the read at 04:00 (1010) is lost, so [03,05) is a gap of 1015 − 1006 = 9.
        var reads = Cumulative(Start, 6, t => (t - Start).TotalHours + 1).Where(r => r.At != Start.AddHours(4)).ToArray();
        var conversion = RegisterConverter.Convert(new IntervalGrid(Start, Hour, 6), reads, new RegisterOptions());

        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen));

        Assert.Equal([1, 2, 3, 4.5, 4.5, 6], result.Series.Values.Select(v => v.Value.Quantity));
        var estimate = result.Series.At(3)!.Value;
        Assert.Equal(ReadingQuality.Estimated, estimate.Value.Quality);
        Assert.Equal(VeeRules.Gap | VeeRules.EstimatedLinear, estimate.Rules);
        Assert.Equal("gap of 2 h from 2026-02-02T03:00:00Z, register difference 9: spread evenly over 2 intervals", estimate.Reason);
        Assert.Equal(2, result.Audit.Count);
        Assert.All(result.Audit, e => Assert.Equal((null, null, 4.5, ReadingQuality.Estimated, "gap,estimate-linear"), (e.OldQuantity, e.OldQuality, e.NewQuantity, e.NewQuality, e.Rule)));
    }

    [Fact]
    public void Run_ShortGapsInIntervalData_InterpolateBetweenNeighbours()
    {
        var result = Run(Input(Start, 7, Hourly(Start, 2, double.NaN, 4, 2, double.NaN, double.NaN, 5)));

        Assert.Equal([2, 3, 4, 2, 3, 4, 5], result.Series.Values.Select(v => v.Value.Quantity));
        Assert.Equal("gap of 1 h from 2026-02-02T01:00:00Z, no register difference: interpolated between the neighbouring values 2 and 4", result.Series.ReasonAt(1));
    }

    [Fact]
    public void Run_SixHourGapWithRegisterDifference_ScalesTheLikeDayProfileToIt()
    {
        // The period uses twice its history: the profile (local hour + 1) is scaled by 2 to the register difference.
        var history = History(Start, ByLocalHour);
        var reads = Cumulative(Start, 24, t => 2 * ByLocalHour(t)).Where(r => r.At <= Start.AddHours(6) || r.At >= Start.AddHours(12)).ToArray();
        var conversion = RegisterConverter.Convert(new IntervalGrid(Start, Hour, 24), reads, new RegisterOptions());
        var gap = Assert.Single(conversion.Gaps);
        Assert.Equal((Start.AddHours(6), Start.AddHours(12)), (gap.Start, gap.End));

        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen) with { History = history });

        // 06:00Z–12:00Z is 07:00–13:00 local: profile 8…13, doubled 16…26, total 126 = the register difference.
        Assert.Equal([16, 18, 20, 22, 24, 26], Enumerable.Range(6, 6).Select(i => Math.Round(result.Series.At(i)!.Value.Value.Quantity, 9)));
        Assert.Equal(gap.Consumption!.Value, Enumerable.Range(6, 6).Sum(i => result.Series.At(i)!.Value.Value.Quantity), 9);
        Assert.Equal(VeeRules.Gap | VeeRules.EstimatedLikeDay, result.Series.RulesAt(6));
        Assert.EndsWith("like-day profile of up to 4 previous like days at the same local time, scaled by 2 to the register difference", result.Series.ReasonAt(6), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LongGapWithoutRegisterDifference_TakesTheProfileAsItIs()
    {
        var measured = Without(Hourly(Start, Start.AddDays(1), ByLocalHour), Start.AddHours(6), Start.AddHours(12));

        var result = Run(Input(Start, 24, measured, History(Start, ByLocalHour)));

        Assert.Equal([8, 9, 10, 11, 12, 13], Enumerable.Range(6, 6).Select(i => result.Series.At(i)!.Value.Value.Quantity));
    }

    [Fact]
    public void Run_LongGapWithoutHistory_SpreadsTheRegisterDifferenceEvenly()
    {
        var reads = Cumulative(Start, 12, _ => 1).Where(r => r.At <= Start.AddHours(2) || r.At >= Start.AddHours(8)).ToArray();
        var conversion = RegisterConverter.Convert(new IntervalGrid(Start, Hour, 12), reads, new RegisterOptions());

        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen));

        Assert.All(Enumerable.Range(2, 6), i => Assert.Equal(1, result.Series.At(i)!.Value.Value.Quantity, 12));
        Assert.Equal(VeeRules.Gap | VeeRules.EstimatedLinear, result.Series.RulesAt(2));
        Assert.EndsWith("no like-day profile with consumption: spread evenly over 6 intervals", result.Series.ReasonAt(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NothingToEstimateFrom_LeavesTheGapMissingAndFlagged()
    {
        var result = Run(Input(Start, 10, Hourly(Start, 1, 1, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 1, 1)));

        Assert.Equal(6, result.Series.MissingCount);
        Assert.True(result.Series.IsMissing(2));
        Assert.Null(result.Series.At(2));
        Assert.Equal(VeeRules.Gap, result.Series.RulesAt(2));
        Assert.EndsWith("nothing to estimate from (no register difference, neighbouring values or like days)", result.Series.ReasonAt(2), StringComparison.Ordinal);
        Assert.Empty(result.Audit);
    }

    [Fact]
    public void Run_GapAcrossSpringForward_MatchesLikeDaysByLocalClockTime()
    {
        // Sunday 2026-03-29, local 00:00–06:00 is 23:00Z–04:00Z: five hours, local 02:00 does not exist.
        var week = new DateTimeOffset(2026, 3, 22, 23, 0, 0, TimeSpan.Zero); // Monday 00:00 CET
        var gapStart = new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);
        var measured = Without(Hourly(week, week.AddDays(7).AddHours(-1), ByLocalHour), gapStart, gapStart.AddHours(5));

        var result = Run(Input(week, (24 * 7) - 1, measured, History(week, ByLocalHour)));

        var gap = Enumerable.Range(0, 5).Select(h => result.Series.At(result.Series.Period.IndexOf(gapStart.AddHours(h)))!.Value).ToArray();
        Assert.Equal([1, 2, 4, 5, 6], gap.Select(v => v.Value.Quantity));
        Assert.All(gap, v => Assert.Equal(VeeRules.Gap | VeeRules.EstimatedLikeDay, v.Rules));
    }

    [Fact]
    public void Run_GapAcrossFallBack_GivesBothRepeatsOfTwoOClockTheProfile()
    {
        // Sunday 2026-10-25, local 00:00–06:00 is 22:00Z–05:00Z: seven hours, local 02:00 twice. The register proves 48:
        // the profile 1, 2, 3, 3, 4, 5, 6 (sum 24) is doubled.
        var week = new DateTimeOffset(2026, 10, 18, 22, 0, 0, TimeSpan.Zero); // Monday 00:00 CEST
        var gapStart = new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero);
        var reads = Cumulative(week, (24 * 7) + 1, ByLocalHour).Where(r => r.At <= gapStart || r.At >= gapStart.AddHours(7)).ToArray();
        var conversion = RegisterConverter.Convert(new IntervalGrid(week, Hour, (24 * 7) + 1), reads, new RegisterOptions());
        var proven = Assert.Single(conversion.Gaps);
        Assert.Equal((gapStart, gapStart.AddHours(7)), (proven.Start, proven.End));
        Assert.Equal(1 + 2 + 3 + 3 + 4 + 5 + 6, proven.Consumption!.Value, 12);

        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen) with { History = History(week, t => 2 * ByLocalHour(t)) });

        var gap = Enumerable.Range(0, 7).Select(h => result.Series.At(conversion.Grid.IndexOf(gapStart.AddHours(h)))!.Value.Value.Quantity);
        Assert.Equal([1, 2, 3, 3, 4, 5, 6], gap.Select(q => Math.Round(q, 9)));
    }

    [Fact]
    public void Run_LikeDayOfTwentyFiveHours_AveragesItsTwoRepeats()
    {
        // Target Sunday 2026-11-01, local 00:00–06:00 (23:00Z–05:00Z). Like days: Sundays 10-25, 10-18, 10-11, 10-04.
        // On 10-25 local 02:00 reads 2 (CEST) and 8 (CET): mean 5; the other Sundays 3. Slot 02:00: (5 + 3 + 3 + 3) / 4 = 3.5.
        var week = new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero); // Monday 2026-10-26 00:00 CET
        var repeats = (new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 25, 1, 0, 0, TimeSpan.Zero));
        var history = History(week, t => t == repeats.Item1 ? 2 : t == repeats.Item2 ? 8 : ByLocalHour(t));
        var gapStart = new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero);
        var measured = Without(Hourly(week, week.AddDays(7), ByLocalHour), gapStart, gapStart.AddHours(6));

        var result = Run(Input(week, 24 * 7, measured, history));

        var gap = Enumerable.Range(0, 6).Select(h => result.Series.At(result.Series.Period.IndexOf(gapStart.AddHours(h)))!.Value.Value.Quantity);
        Assert.Equal([1, 2, 3.5, 4, 5, 6], gap);
    }
}
