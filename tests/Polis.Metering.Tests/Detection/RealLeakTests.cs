using Polis.Metering.Detection;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Xunit.Abstractions;

namespace Polis.Metering.Tests.Detection;

/// <summary>
/// Leak detection on real data: the Danish heat meter's hourly volume (its district-heating water, a circulation of
/// 0.01–0.05 m3/h that a household water meter lacks and the base flow absorbs) with a constant leak of 0.03 m3/h
/// injected from local midnight 2019-07-15, assessed day by day as the hosted service does.
/// </summary>
public sealed class RealLeakTests(ITestOutputHelper output)
{
    private static readonly DetectionOptions Options = new();
    private static readonly DateTimeOffset LeakStart = Flows.Utc("2019-07-14T22:00:00Z"); // 2019-07-15 00:00 CEST

    [Fact]
    public void InjectedLeak_NightFlowFiresOnItsThirdNight_NotBefore()
    {
        var leaking = Flows.WithLeak(Flows.RealHourlyVolume(), LeakStart, 0.03);

        var firstDay = FirstDayFiring(leaking, (values, day) =>
            NightFlowDetector.Detect("hm-660", values, ServicePointKind.Household, day, day.AddDays(1), Flows.Copenhagen, Options));

        Assert.Equal(new DateOnly(2019, 7, 17), firstDay.Day);
        var evidence = Assert.IsType<NightFlowEvidence>(firstDay.Condition.Evidence);
        Assert.Equal(new DateOnly(2019, 7, 15), evidence.Nights[0].Date);
        Assert.InRange(evidence.LeakRate, 0.03, 0.04); // the leak plus the night's own variation above the base
        output.WriteLine($"{firstDay.Condition.Summary}");
    }

    [Fact]
    public void InjectedLeak_ContinuousFlowFiresOnceFortyEightHoursHaveFlowed_NotBefore()
    {
        var leaking = Flows.WithLeak(Flows.RealHourlyVolume(), LeakStart, 0.03);

        var firstDay = FirstDayFiring(leaking, (values, day) => ContinuousFlowDetector.Detect("hm-660", values, day, day.AddDays(1), Flows.Copenhagen, Options));

        output.WriteLine($"{firstDay.Day} {firstDay.Condition.Summary}");
        var evidence = Assert.IsType<ContinuousFlowEvidence>(firstDay.Condition.Evidence);
        Assert.Equal(new DateOnly(2019, 7, 16), firstDay.Day);
        Assert.True(firstDay.Condition.FirstAt <= LeakStart && firstDay.Condition.FirstAt > LeakStart.AddHours(-24));
        Assert.True(evidence.Hours >= 48);
    }

    [Fact]
    public void CleanSummer2019_NoLeakFinding()
    {
        // Night flow: no finding from May to August 2019 (nor in 2018 or 2020: see the three-year count below).
        // Continuous flow: none in July and August; the circulation of 2019-06-20 flowed 55 h in a row (in docs).
        var clean = Flows.RealHourlyVolume();

        Assert.Null(NightFlowDetector.Detect("hm-660", clean, ServicePointKind.Household, new DateOnly(2019, 5, 1), new DateOnly(2019, 9, 1), Flows.Copenhagen, Options));
        Assert.Null(ContinuousFlowDetector.Detect("hm-660", clean, new DateOnly(2019, 7, 1), new DateOnly(2019, 9, 1), Flows.Copenhagen, Options));
    }

    [Fact]
    public void CleanThreeYears_NightsFlagged_AreTheHeatingSeasonsCirculationChanges()
    {
        var clean = Flows.RealHourlyVolume();
        var nights = NightFlowDetector.Minima(clean, new DateOnly(2018, 1, 3), new DateOnly(2021, 1, 1), Flows.Copenhagen, Options);
        var bases = NightFlowDetector.BaseFlows(nights, Options.BaseFlowNights, null);
        int flagged = 0, run = 0;
        var months = new SortedSet<int>();
        for (var n = Options.BaseFlowNights; n < nights.Length; n++)
        {
            run = nights[n].Complete && nights[n].Minimum - bases[n] > Options.HouseholdNightFlow ? run + 1 : 0;
            if (run >= Options.LeakNights)
            {
                flagged++;
                months.Add(nights[n].Date.Month);
            }
        }

        output.WriteLine($"{flagged} of {nights.Length - Options.BaseFlowNights} nights flagged; months {string.Join(",", months)}");
        Assert.Equal(130, flagged);
        Assert.DoesNotContain(5, months); // none from May to August: without space heating the circulation is steady
        Assert.DoesNotContain(6, months);
        Assert.DoesNotContain(7, months);
        Assert.DoesNotContain(8, months);
    }

    private static (DateOnly Day, DetectedCondition Condition) FirstDayFiring(IntervalValue[] values, Func<IntervalValue[], DateOnly, DetectedCondition?> detect)
    {
        for (var day = new DateOnly(2019, 7, 1); day <= new DateOnly(2019, 7, 31); day = day.AddDays(1))
        {
            var end = LocalTime.Midnight(day.AddDays(1), Flows.Copenhagen);
            var known = values.Where(v => v.End <= end && v.Start >= end.AddDays(-Options.LookbackDays - 1)).ToArray();
            if (detect(known, day) is { } condition)
            {
                return (day, condition);
            }
        }

        throw new Xunit.Sdk.XunitException("never fired in July 2019");
    }
}
