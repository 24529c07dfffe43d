using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;
using static Polis.Metering.Tests.Validation.Series;

namespace Polis.Metering.Tests.Validation;

public sealed class VeeChecksTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 2, 0, 0, 0, TimeSpan.Zero);

    private static double[] Flat(int hours, double value) => Enumerable.Repeat(value, hours).ToArray();

    [Fact]
    public void Run_ValueTenTimesItsNeighbourhood_IsAQuestionableSpikeWithAnAuditEntry()
    {
        var values = Flat(48, 1.0);
        values[20] = 50;
        values[40] = 9; // 9× the mean: below the factor of 10 (and outside the spike's window)

        var result = Run(Input(Start, 48, Hourly(Start, values)));

        var spike = result.Series.At(20)!.Value;
        Assert.Equal(ReadingQuality.Questionable, spike.Value.Quality);
        Assert.Equal(50, spike.Value.Quantity);
        Assert.Equal(VeeRules.Spike, spike.Rules);
        Assert.Equal("spike: 50 against a mean of 1 in the 12 h on each side", spike.Reason);
        Assert.Equal(ReadingQuality.Valid, result.Series.At(40)!.Value.Value.Quality);
        var entry = Assert.Single(result.Audit);
        Assert.Equal((Start.AddHours(20), Start.AddHours(21)), (entry.IntervalStart, entry.IntervalEnd));
        Assert.Equal((50.0, ReadingQuality.Valid), (entry.OldQuantity, entry.OldQuality));
        Assert.Equal((50.0, ReadingQuality.Questionable), (entry.NewQuantity, entry.NewQuality));
        Assert.Equal(("spike", "vee", Now), (entry.Rule, entry.Actor, entry.At));
    }

    [Fact]
    public void Run_SpikeBelowTheMinimumExcess_IsNotFlagged()
    {
        // 4.9 is 49× a neighbourhood of 0.1, but only 4.8 above it: under the 5 per hour minimum excess.
        var values = Flat(48, 0.1);
        values[20] = 4.9;

        var result = Run(Input(Start, 48, Hourly(Start, values)));

        Assert.Equal(VeeRules.None, result.Series.RulesAt(20));
        Assert.Empty(result.Audit);
    }

    [Fact]
    public void Run_NegativeIntervalValue_IsQuestionable()
    {
        var result = Run(Input(Start, 3, Hourly(Start, 1, -0.5, 1)));

        Assert.Equal(VeeRules.NegativeConsumption, result.Series.RulesAt(1));
        Assert.Equal(ReadingQuality.Questionable, result.Series.At(1)!.Value.Value.Quality);
        Assert.Equal("negative consumption -0.5", result.Series.ReasonAt(1));
    }

    [Theory]
    [InlineData(23, false)]
    [InlineData(24, true)]
    public void Run_ZeroStreak_IsQuestionableFromTheLimitOn(int zeros, bool flagged)
    {
        var values = Flat(48, 1.0);
        Array.Fill(values, 0, 10, zeros);

        var result = Run(Input(Start, 48, Hourly(Start, values)));

        Assert.Equal(flagged ? zeros : 0, result.Series.Values.Count(v => v.Rules == VeeRules.ZeroStreak));
        Assert.Equal(flagged ? zeros : 0, result.Series.CountOf(ReadingQuality.Questionable));
        Assert.Equal(ReadingQuality.Valid, result.Series.At(9)!.Value.Value.Quality);
    }

    [Fact]
    public void Run_ZeroStreakStartedInHistory_CountsTheHistoryTowardsTheLimit()
    {
        // 10 zero hours before the period and 14 in it: 24 in a row; only the period's 14 are flagged.
        var history = History(Start, t => t >= Start.AddHours(-10) ? 0 : 1);
        var values = Flat(24, 1.0);
        Array.Fill(values, 0, 0, 14);

        var result = Run(Input(Start, 24, Hourly(Start, values), history));

        Assert.Equal(14, result.Series.CountOf(ReadingQuality.Questionable));
        Assert.Contains("no consumption for 24 h from 2026-02-01T14:00:00Z to 2026-02-02T14:00:00Z", result.Series.ReasonAt(0), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValueFarAboveItsOwnHistory_IsHighUsage()
    {
        // Eight weeks of 1.0 an hour; 6.0 is above 4 × the 90th percentile (1.0) by 5 (> 2), yet no spike (6 < 10 × 1.2).
        var history = History(Start, _ => 1.0);
        var values = Flat(24, 1.0);
        values[8] = 6;
        values[9] = 4; // 4 × 1.0 is not above the band

        var result = Run(Input(Start, 24, Hourly(Start, values), history));

        Assert.Equal(VeeRules.HighUsage, result.Series.RulesAt(8));
        Assert.StartsWith("high usage: 6 above 4 × 1, the 90th percentile of the 8 weeks before", result.Series.ReasonAt(8), StringComparison.Ordinal);
        Assert.Equal(VeeRules.None, result.Series.RulesAt(9));
        Assert.Equal("high-usage", Assert.Single(result.Audit).Rule);
    }

    [Fact]
    public void Run_ValueFarBelowItsOwnHistory_IsLowUsage()
    {
        // History 3.0 at every hour; 0.2 is below 0.1 × 3.0 = 0.3 and 2.8 under it (> 2); 0.4 is not below 0.3.
        var history = History(Start, _ => 3.0);
        var values = Flat(24, 3.0);
        values[5] = 0.2;
        values[6] = 0.4;

        var result = Run(Input(Start, 24, Hourly(Start, values), history));

        Assert.Equal(VeeRules.LowUsage, result.Series.RulesAt(5));
        Assert.Equal(VeeRules.None, result.Series.RulesAt(6));
    }

    [Fact]
    public void Run_BandComparesByLocalHourAndDayType()
    {
        // History: 5.0 at local 18:00 on working days, 0.5 at every other hour and day. A Monday at 18:00 local with
        // 5.0 is normal; a Saturday at 18:00 with 5.0 is high (its band is 0.5: 5 > 2 and 4.5 over it).
        static double Usual(DateTimeOffset t) =>
            LocalHour(t) == 18 && TimeZoneInfo.ConvertTime(t, Copenhagen).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) ? 5.0 : 0.5;
        var history = History(Start, Usual);
        var measured = Hourly(Start, Start.AddDays(7), Usual);
        var saturdayEvening = Start.AddDays(5).AddHours(17); // 2026-02-07 18:00 CET
        measured[measured.FindIndex(v => v.Start == saturdayEvening)] = new IntervalValue(saturdayEvening, saturdayEvening.AddHours(1), 5.0, ReadingQuality.Valid);

        var result = Run(Input(Start, 24 * 7, measured, history));

        var entry = Assert.Single(result.Audit);
        Assert.Equal(saturdayEvening, entry.IntervalStart);
        Assert.Equal("high-usage", entry.Rule);
    }

    [Fact]
    public void Run_WithoutHistory_SkipsTheBand()
    {
        var values = Flat(24, 1.0);
        values[8] = 6;

        var result = Run(Input(Start, 24, Hourly(Start, values)));

        Assert.Equal(VeeRules.None, result.Series.RulesAt(8));
    }

    [Fact]
    public void Run_RegisterFindings_BecomeRulesWithTheirReasons()
    {
        // Rollover on [01,02) (Valid, informational); a decrease 3 → 2.5 makes [03,04) negative and its neighbours Questionable.
        RegisterRead[] reads = [new(Start, 99_998.5), new(Start.AddHours(1), 99_999.5), new(Start.AddHours(2), 1.5), new(Start.AddHours(3), 3), new(Start.AddHours(4), 2.5), new(Start.AddHours(5), 4), new(Start.AddHours(6), 5)];
        var conversion = RegisterConverter.Convert(new IntervalGrid(Start, Hour, 6), reads, new RegisterOptions(), 100_000);

        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen));

        Assert.Equal(VeeRules.RegisterRollover, result.Series.RulesAt(1));
        Assert.Equal(ReadingQuality.Valid, result.Series.At(1)!.Value.Value.Quality);
        Assert.Contains("rolled over", result.Series.ReasonAt(1), StringComparison.Ordinal);
        Assert.Equal(VeeRules.RegisterDecrease | VeeRules.NegativeConsumption, result.Series.RulesAt(3));
        Assert.Equal(VeeRules.RegisterDecrease, result.Series.RulesAt(2));
        Assert.Equal(VeeRules.RegisterDecrease, result.Series.RulesAt(4));
        Assert.Equal(3, result.Series.CountOf(ReadingQuality.Questionable));
        Assert.Equal(["register-decrease", "negative-consumption,register-decrease", "register-decrease"], result.Audit.Select(e => e.Rule));
        Assert.All(result.Audit, e => Assert.Equal(ReadingQuality.Valid, e.OldQuality));
    }

    [Fact]
    public void Run_IntervalValuesReceivedQuestionable_StayQuestionableWithoutAnAuditEntry()
    {
        var measured = Hourly(Start, 1, 1, 1);
        measured[1] = measured[1] with { Quality = ReadingQuality.Questionable };

        var result = Run(Input(Start, 3, measured));

        Assert.Equal(ReadingQuality.Questionable, result.Series.At(1)!.Value.Value.Quality);
        Assert.Equal(VeeRules.None, result.Series.RulesAt(1));
        Assert.Empty(result.Audit);
    }

    [Fact]
    public void RuleIds_FormatAndParse_RoundTrip()
    {
        var rules = VeeRules.Gap | VeeRules.EstimatedLikeDay | VeeRules.MeterExchange;

        Assert.Equal("gap,meter-exchange,estimate-like-day", VeeRuleIds.Format(rules));
        Assert.Equal(rules, VeeRuleIds.Parse("gap, meter-exchange,estimate-like-day"));
        Assert.Throws<FormatException>(() => VeeRuleIds.Parse("gap,nonsense"));
        foreach (var rule in Enum.GetValues<VeeRules>().Where(r => r != VeeRules.None))
        {
            Assert.Equal(rule, VeeRuleIds.Parse(VeeRuleIds.Format(rule)));
        }
    }
}
