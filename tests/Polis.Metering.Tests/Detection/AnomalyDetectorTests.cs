using Polis.Metering.Detection;
using Polis.Metering.Readings;

namespace Polis.Metering.Tests.Detection;

public sealed class AnomalyDetectorTests
{
    private static readonly DetectionOptions Options = new();
    private static readonly TimeZoneInfo Zone = Flows.Copenhagen;

    [Fact]
    public void Spike_FiresOnAFarOutDay_NotOnOrdinaryVariation()
    {
        var days = Days(new DateOnly(2026, 3, 1), Enumerable.Range(0, 40).Select(d => 10.0 + (d % 5)).ToArray());
        days[35] = days[35] with { Total = 40 };

        var spike = SpikeDetector.Detect("e-1", days, new DateOnly(2026, 4, 5), Zone, Options);
        var none = SpikeDetector.Detect("e-1", days, new DateOnly(2026, 4, 6), Zone, Options);

        var evidence = Assert.IsType<SpikeEvidence>(spike!.Evidence);
        Assert.Equal((new DateOnly(2026, 4, 5), 40.0, 12.0), (evidence.Date, evidence.Total, evidence.Median));
        Assert.True(evidence.Score > Options.SpikeScore);
        Assert.Null(none);
    }

    [Fact]
    public void Spike_IncompleteDaysAreNeitherJudgedNorReference()
    {
        var days = Days(new DateOnly(2026, 3, 1), Enumerable.Range(0, 40).Select(d => 10.0 + (d % 5)).ToArray());
        days[35] = days[35] with { Total = 40, Complete = false };

        Assert.Null(SpikeDetector.Detect("e-1", days, new DateOnly(2026, 4, 5), Zone, Options));
    }

    [Fact]
    public void ChangePoint_FindsAStepUp_AndItsDay_ButNotASingleSpike()
    {
        var level = Enumerable.Range(0, 60).Select(d => 10.0 + (d % 3) - 1).ToArray();
        var stepped = level.Select((v, d) => d >= 50 ? v + 4 : v).ToArray();
        var spiked = level.Select((v, d) => d == 55 ? v + 30 : v).ToArray();
        var start = new DateOnly(2026, 1, 1);

        var change = ChangePointDetector.Detect("e-1", Days(start, stepped), start.AddDays(59), Zone, Options);
        var none = ChangePointDetector.Detect("e-1", Days(start, spiked), start.AddDays(59), Zone, Options);

        var evidence = Assert.IsType<ChangePointEvidence>(change!.Evidence);
        Assert.Equal(("up", start.AddDays(50)), (evidence.Direction, evidence.ChangeDate));
        Assert.Null(none);
    }

    [Fact]
    public void RealDailyVolume_InjectedStepAndSpike_AreFound_CleanIsQuiet()
    {
        // The real meter's daily volume in winter 2020 (m3/day); +30 % from 2020-03-08, and separately 3x on 2020-03-14.
        // A heat meter follows the weather, so most stretches hold real change points (docs: 574 of 1,042 days); late
        // January to mid-March 2020 is its longest quiet one.
        var hourly = Flows.RealHourlyVolume();
        var (from, to) = (new DateOnly(2019, 12, 1), new DateOnly(2020, 3, 19));
        var clean = DailyTotals.Of(hourly, from, to, Zone);
        var stepped = DailyTotals.Of(hourly.Select(v => v.Start >= LocalTime.Midnight(new DateOnly(2020, 3, 8), Zone) ? v with { Quantity = v.Quantity * 1.3 } : v).ToArray(), from, to, Zone);
        var spiked = clean.Select(d => d.Date == new DateOnly(2020, 3, 14) ? d with { Total = d.Total * 3 } : d).ToArray();
        var assess = new DateOnly(2020, 3, 18);

        Assert.Null(ChangePointDetector.Detect("hm-660", clean, assess, Zone, Options));
        Assert.Null(SpikeDetector.Detect("hm-660", clean, new DateOnly(2020, 2, 1), Zone, Options));
        var change = Assert.IsType<ChangePointEvidence>(ChangePointDetector.Detect("hm-660", stepped, assess, Zone, Options)!.Evidence);
        Assert.Equal("up", change.Direction);
        Assert.InRange(change.ChangeDate, new DateOnly(2020, 3, 6), new DateOnly(2020, 3, 9));
        Assert.Equal(new DateOnly(2020, 3, 14), Assert.IsType<SpikeEvidence>(SpikeDetector.Detect("hm-660", spiked, new DateOnly(2020, 2, 1), Zone, Options)!.Evidence).Date);
    }

    [Fact]
    public void ZeroUse_SevenCompleteZeroDays_Fire_MissingDaysDoNot()
    {
        var totals = Enumerable.Range(0, 20).Select(d => d >= 10 ? 0.0 : 8.0).ToArray();
        var days = Days(new DateOnly(2026, 3, 20), totals);
        var withGap = days.Select((d, i) => i == 14 ? d with { Complete = false } : d).ToArray();

        var zero = ZeroUseDetector.Detect("e-1", days, new DateOnly(2026, 4, 8), Zone, Options);
        var gap = ZeroUseDetector.Detect("e-1", withGap, new DateOnly(2026, 4, 8), Zone, Options);
        var six = ZeroUseDetector.Detect("e-1", days.AsSpan(0, 16), new DateOnly(2026, 4, 4), Zone, Options);

        var evidence = Assert.IsType<ZeroUseEvidence>(zero!.Evidence);
        Assert.Equal((new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 8), 10), (evidence.FromDate, evidence.ToDate, evidence.Days));
        Assert.Equal(LocalTime.Midnight(new DateOnly(2026, 3, 30), Zone), zero.FirstAt);
        Assert.Null(gap);   // 4 days + a missing day + 5 days: never 7 known zero days in a row
        Assert.Null(six);
    }

    [Fact]
    public void DailyTotals_DaylightSavingDaysHave23And25Hours()
    {
        var values = Flows.Hourly(Flows.Utc("2026-03-28T00:00:00Z"), Flows.Utc("2026-10-26T00:00:00Z"), _ => 1);

        var days = DailyTotals.Of(values, new DateOnly(2026, 3, 29), new DateOnly(2026, 10, 26), Zone);

        Assert.Equal((23.0, true), (days[0].Total, days[0].Complete));
        Assert.Equal((25.0, true), (days[^1].Total, days[^1].Complete));
        Assert.Equal((24.0, true), (days[1].Total, days[1].Complete));
        var questionable = values.Select(v => v.Start == Flows.Utc("2026-03-30T10:00:00Z") ? v with { Quality = ReadingQuality.Questionable } : v).ToArray();
        Assert.Equal((23.0, false), (DailyTotals.Of(questionable, new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 31), Zone)[0] is var q ? (q.Total, q.Complete) : default));
    }

    private static DailyTotal[] Days(DateOnly start, double[] totals) => [.. totals.Select((t, i) => new DailyTotal(start.AddDays(i), t, true))];
}
