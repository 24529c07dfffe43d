using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Validation;

/// <summary>VEE on the real heat meter, as it is and with faults injected, in Copenhagen.</summary>
public sealed class RealHeatMeterVeeTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static VeeResult Run(VeeInput input) => VeeEngine.Run(input, Series.Options, Series.Clock());

    /// <summary>The real consumption of [<paramref name="start"/>, +1 h).</summary>
    private static double Real(DateTimeOffset start) => At(start.AddHours(1)) - At(start);

    [Fact]
    public void Run_WholeRealSeries_FlagsOnlyTheKnownAnomalies()
    {
        // Cross-checked with an independent Python script over the CSV (same band: 8 whole weeks before, same local hour
        // and day type, numpy-style percentiles): 12 high, 8 low; the spike check adds only 2018-08-19T16Z, a 5.37 kWh
        // summer hour among hours of 0.28 (rows: 15891 at 16Z, 15896.3731343284 at 17Z).
        var grid = IntervalGrid.Between(Utc("2018-01-03T00:00:00Z"), Utc("2020-12-31T22:00:00Z"), Hour);
        var conversion = RegisterConverter.Convert(grid, Reads(), new RegisterOptions());

        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen));

        string[] low = ["2018-04-13T16", "2018-04-15T17", "2018-04-16T03", "2018-04-20T03", "2018-04-20T09", "2018-04-21T16", "2018-05-27T06", "2019-03-16T15"];
        string[] high = ["2018-08-13T16", "2018-08-19T16", "2018-08-28T17", "2018-08-28T18", "2018-08-29T17", "2018-09-08T18", "2019-08-23T08", "2019-09-06T11", "2019-09-11T14", "2019-09-22T11", "2019-09-27T19", "2019-10-06T20"];
        var flagged = result.Audit.ToDictionary(e => e.IntervalStart.UtcDateTime.ToString("yyyy-MM-dd'T'HH", System.Globalization.CultureInfo.InvariantCulture), e => e.Rule);
        Assert.Equal(20, flagged.Count);
        Assert.All(low, t => Assert.Equal("low-usage", flagged[t]));
        Assert.All(high.Where(t => t != "2018-08-19T16"), t => Assert.Equal("high-usage", flagged[t]));
        Assert.Equal("spike,high-usage", flagged["2018-08-19T16"]);
        Assert.Equal(20, result.Series.CountOf(ReadingQuality.Questionable));
        Assert.Equal(0, result.Series.MissingCount);
    }

    [Fact]
    public void Run_RealMonthWithInjectedFaults_FlagsEstimatesAndAuditsEachFault()
    {
        var from = Utc("2020-03-01T00:00:00Z");
        var exchange = Utc("2020-03-25T10:20:00Z");
        var meters = RealMarch.Faulty(from, exchange);
        var grid = IntervalGrid.Between(from, from.AddDays(31), Hour);

        var conversion = RegisterConverter.Convert(grid, meters, new RegisterOptions());
        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen) with { History = ValidatedHistory(from) });
        var series = result.Series;
        int I(string utc) => grid.IndexOf(Utc(utc));
        ValidatedValue V(string utc) => series.At(I(utc))!.Value;

        // Every read accounted for: one duplicate ignored, the rest used (some out of order), none lost.
        Assert.Equal(1, conversion.Count(RegisterReadOutcome.Duplicate));
        Assert.Equal(meters.Sum(m => m.Reads.Length), conversion.Outcomes.Sum(o => o.Count));
        Assert.True(conversion.Count(RegisterReadOutcome.UsedOutOfOrder) > 0);

        // Spike: +40 on every read from 2020-03-10T12Z: [11Z,12Z) = 45474.9047619048 − 45472.0476190476 + 40 = 42.8571428572.
        Assert.Equal(42.8571428572, V("2020-03-10T11:00:00Z").Value.Quantity, 1e-8);
        Assert.Equal((ReadingQuality.Questionable, VeeRules.Spike | VeeRules.HighUsage), (V("2020-03-10T11:00:00Z").Value.Quality, V("2020-03-10T11:00:00Z").Rules));

        // One read lost (2020-03-12T06Z): [05Z,07Z) = (45582.6037735849 − 45579.2) / 2 = 1.70188679245 each.
        Assert.All(new[] { V("2020-03-12T05:00:00Z"), V("2020-03-12T06:00:00Z") }, v =>
        {
            Assert.Equal(1.70188679245, v.Value.Quantity, 1e-8);
            Assert.Equal((ReadingQuality.Estimated, VeeRules.Gap | VeeRules.EstimatedLinear), (v.Value.Quality, v.Rules));
        });

        // Five reads lost (2020-03-14T01Z–05Z): [00Z,06Z) from the like days (Saturdays 03-07, 02-29, 02-22, 02-15 at
        // local 01:00–07:00), scaled to 45715.9420289855 − 45695.746031746 = 20.1959972395.
        var sixHours = Enumerable.Range(I("2020-03-14T00:00:00Z"), 6).Select(i => series.At(i)!.Value).ToArray();
        Assert.Equal(20.1959972395, sixHours.Sum(v => v.Value.Quantity), 1e-8);
        Assert.All(sixHours, v => Assert.Equal((ReadingQuality.Estimated, VeeRules.Gap | VeeRules.EstimatedLikeDay), (v.Value.Quality, v.Rules)));
        var saturdays = new[] { "2020-03-07", "2020-02-29", "2020-02-22", "2020-02-15" };
        var profile = Enumerable.Range(0, 6).Select(h => saturdays.Average(d => Real(Utc($"{d}T00:00:00Z").AddHours(h)))).ToArray();
        Assert.All(Enumerable.Range(0, 6), h => Assert.Equal(profile[h] * 20.1959972395 / profile.Sum(), sixHours[h].Value.Quantity, 1e-8));

        // The read at 2020-03-16T12Z is 50 too low: [11Z,12Z) = 45814.875 − 45861.125 = −46.25, [12Z,13Z) = 45865.9830508475
        // − 45814.875 = 51.1080508475; the pair before, [10Z,11Z) = 1.5570987654, shares the suspect neighbourhood.
        Assert.Equal(-46.25, V("2020-03-16T11:00:00Z").Value.Quantity, 1e-8);
        Assert.Equal(51.1080508475, V("2020-03-16T12:00:00Z").Value.Quantity, 1e-8);
        Assert.Equal(VeeRules.RegisterDecrease | VeeRules.NegativeConsumption | VeeRules.LowUsage, V("2020-03-16T11:00:00Z").Rules);
        Assert.Equal(VeeRules.Spike | VeeRules.RegisterDecrease | VeeRules.HighUsage, V("2020-03-16T12:00:00Z").Rules);
        Assert.Equal(VeeRules.RegisterDecrease, V("2020-03-16T10:00:00Z").Rules);

        // The 5-digit register wraps at 2020-03-20T08Z → 09Z: 100000 − 99999 + 2.865012407 = 3.865012407, Valid.
        Assert.Equal(3.865012407, V("2020-03-20T08:00:00Z").Value.Quantity, 1e-8);
        Assert.Equal((ReadingQuality.Valid, VeeRules.RegisterRollover), (V("2020-03-20T08:00:00Z").Value.Quality, V("2020-03-20T08:00:00Z").Rules));

        // Meter exchange at 10:20Z: [10Z,11Z) = 46414.9154929578 − 46412.3802816902 = 2.5352112676, Valid.
        Assert.Equal(2.5352112676, V("2020-03-25T10:00:00Z").Value.Quantity, 1e-8);
        Assert.Equal((ReadingQuality.Valid, VeeRules.MeterExchange), (V("2020-03-25T10:00:00Z").Value.Quality, V("2020-03-25T10:00:00Z").Rules));

        // Nothing else changed: every other hour is the real one and Valid; the month adds up to the registers
        // (46791.9 − 44815.8769230769) plus the injected 40.
        var touched = new HashSet<int> { I("2020-03-10T11:00:00Z"), I("2020-03-12T05:00:00Z"), I("2020-03-12T06:00:00Z"), I("2020-03-16T10:00:00Z"), I("2020-03-16T11:00:00Z"), I("2020-03-16T12:00:00Z") };
        touched.UnionWith(Enumerable.Range(I("2020-03-14T00:00:00Z"), 6));
        Assert.All(Enumerable.Range(0, grid.Count).Where(i => !touched.Contains(i)), i =>
        {
            var v = series.At(i)!.Value;
            Assert.Equal(ReadingQuality.Valid, v.Value.Quality);
            Assert.Equal(Real(grid.StartOf(i)) + (grid.StartOf(i) == Utc("2020-03-10T11:00:00Z") ? 40 : 0), v.Value.Quantity, 1e-7);
        });
        Assert.Equal(2016.0230769231, series.Total(), 1e-7);
        Assert.Equal(0, series.MissingCount);

        // Audit: the four Questionable values as measured → Questionable, the eight estimates from nothing; all by vee.
        Assert.Equal(12, result.Audit.Count);
        Assert.Equal(4, result.Audit.Count(e => e is { OldQuality: ReadingQuality.Valid, NewQuality: ReadingQuality.Questionable }));
        Assert.Equal(8, result.Audit.Count(e => e is { OldQuantity: null, NewQuality: ReadingQuality.Estimated }));
        Assert.All(result.Audit, e => Assert.Equal(("vee", Series.Now), (e.Actor, e.At)));
        Assert.All(result.Audit, e => Assert.False(string.IsNullOrEmpty(e.Reason)));
    }

    [Fact]
    public void Run_RealIntervalDataWithOneLostHour_InterpolatesItsNeighbours()
    {
        // An interval meter that lost [2020-03-28T12Z,13Z): its neighbours are 46577.868852459 − 46573.9821428572 =
        // 3.8867096018 and 46580.9193548387 − 46579.9016393443 = 1.0177154944, so the estimate is their mean 2.4522125481.
        var from = Utc("2020-03-28T00:00:00Z");
        var grid = IntervalGrid.Between(from, from.AddDays(1), Hour);
        var intervals = RegisterConverter.Convert(grid, Between(from, from.AddDays(1)), new RegisterOptions()).Intervals;

        var result = Run(new VeeInput(grid, Copenhagen) { Measured = [.. intervals.Where(v => v.Start != from.AddHours(12))] });

        Assert.Equal(2.4522125481, result.Series.At(12)!.Value.Value.Quantity, 1e-8);
        Assert.Equal(VeeRules.Gap | VeeRules.EstimatedLinear, result.Series.RulesAt(12));
        Assert.Single(result.Audit);
    }

    [Fact]
    public void Run_RealWeekEndingOnTheSpringForwardSunday_EstimatesTheNightByLocalClockTime()
    {
        // The 2020 series moved 313 weeks on: Sunday 2020-03-29 becomes Sunday 2026-03-29 (23 hours in Copenhagen).
        // Reads of 00Z–03Z are lost: [2026-03-28T23Z, 2026-03-29T04Z) is local 00:00, 01:00, 03:00, 04:00, 05:00, and
        // the registers prove 46614.8571428572 − 46602.1739130435 = 12.6832298137 across it.
        var week = Utc("2026-03-22T23:00:00Z");
        var gapStart = Utc("2026-03-28T23:00:00Z");
        var reads = Shifted(Between(week.AddDays(-7 * WeeksTo2026), week.AddDays(7).AddHours(-1).AddDays(-7 * WeeksTo2026)), WeeksTo2026)
            .Where(r => r.At <= gapStart || r.At >= gapStart.AddHours(5)).ToArray();
        var grid = IntervalGrid.Between(week, week.AddDays(7).AddHours(-1), Hour);
        var conversion = RegisterConverter.Convert(grid, reads, new RegisterOptions());

        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen) with { History = ValidatedHistory(week, WeeksTo2026) });

        // Like days: Sundays 2020-03-22, 03-15, 03-08, 03-01 (CET, local = UTC + 1): local hour h starts at 23Z the day
        // before + h. Local 03:00–05:00 on the target (CEST) match local 03:00–05:00 on them, not the UTC hours.
        int[] localHours = [0, 1, 3, 4, 5];
        var sundays = new[] { "2020-03-21", "2020-03-14", "2020-03-07", "2020-02-29" };
        var profile = localHours.Select(h => sundays.Average(d => Real(Utc($"{d}T23:00:00Z").AddHours(h)))).ToArray();
        var estimates = Enumerable.Range(0, 5).Select(k => result.Series.At(grid.IndexOf(gapStart.AddHours(k)))!.Value).ToArray();
        Assert.All(Enumerable.Range(0, 5), k => Assert.Equal(profile[k] * 12.6832298137 / profile.Sum(), estimates[k].Value.Quantity, 1e-8));
        Assert.All(estimates, v => Assert.Equal(VeeRules.Gap | VeeRules.EstimatedLikeDay, v.Rules));
        Assert.Equal(12.6832298137, estimates.Sum(v => v.Value.Quantity), 1e-8);
    }

    [Fact]
    public void Run_RealWeekEndingOnTheFallBackSunday_EstimatesBothTwoOClocksAlike()
    {
        // Sunday 2020-10-25 → 2026-10-25 (25 hours). Reads of 23Z–04Z are lost: [2026-10-24T22Z, 2026-10-25T05Z) is local
        // 00:00, 01:00, 02:00 CEST, 02:00 CET, 03:00, 04:00, 05:00; the registers prove 52752.868852459 − 52740.8548387097
        // = 12.0140137493 across it.
        var week = Utc("2026-10-18T22:00:00Z");
        var gapStart = Utc("2026-10-24T22:00:00Z");
        var end = Utc("2026-10-25T23:00:00Z");
        var reads = Shifted(Between(week.AddDays(-7 * WeeksTo2026), end.AddDays(-7 * WeeksTo2026)), WeeksTo2026)
            .Where(r => r.At <= gapStart || r.At >= gapStart.AddHours(7)).ToArray();
        var grid = IntervalGrid.Between(week, end, Hour);
        var conversion = RegisterConverter.Convert(grid, reads, new RegisterOptions());

        var result = Run(VeeInput.FromRegisters(conversion, Copenhagen) with { History = ValidatedHistory(week, WeeksTo2026) });

        // Like days: Sundays 2020-10-18, 10-11, 10-04, 09-27 (CEST, local = UTC + 2): local hour h starts at 22Z the day before + h.
        int[] localHours = [0, 1, 2, 2, 3, 4, 5];
        var sundays = new[] { "2020-10-17", "2020-10-10", "2020-10-03", "2020-09-26" };
        var profile = localHours.Select(h => sundays.Average(d => Real(Utc($"{d}T22:00:00Z").AddHours(h)))).ToArray();
        var estimates = Enumerable.Range(0, 7).Select(k => result.Series.At(grid.IndexOf(gapStart.AddHours(k)))!.Value.Value.Quantity).ToArray();
        Assert.All(Enumerable.Range(0, 7), k => Assert.Equal(profile[k] * 12.0140137493 / profile.Sum(), estimates[k], 1e-8));
        Assert.Equal(estimates[2], estimates[3]);
        Assert.Equal(12.0140137493, estimates.Sum(), 1e-8);
        Assert.Equal(25, Enumerable.Range(0, grid.Count).Count(i => TimeZoneInfo.ConvertTime(grid.StartOf(i), Copenhagen).Date == new DateTime(2026, 10, 25)));
    }
}
