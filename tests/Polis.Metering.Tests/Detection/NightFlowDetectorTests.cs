using Polis.Metering.Detection;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Tests.Detection;

public sealed class NightFlowDetectorTests
{
    private static readonly DetectionOptions Options = new();

    [Fact]
    public void ThreeNightsAboveThreshold_Fires_WithNightlyMinimaLeakRateAndDailyLoss()
    {
        // A household with no night use until 2026-05-10, then a 0.03 m3/h leak (every hour): nights of the 10th, 11th, 12th.
        var values = Flows.Hourly(Flows.Utc("2026-04-01T00:00:00Z"), Flows.Utc("2026-05-13T00:00:00Z"),
            local => (local.Hour is >= 7 and < 23 ? 0.05 : 0) + (local >= new DateTime(2026, 5, 10) ? 0.03 : 0));

        var condition = NightFlowDetector.Detect("w-1", values, ServicePointKind.Household, new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 13), Flows.Copenhagen, Options);

        Assert.NotNull(condition);
        var evidence = Assert.IsType<NightFlowEvidence>(condition.Evidence);
        Assert.Equal([new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 12)], evidence.Nights.Select(n => n.Date));
        Assert.All(evidence.Nights, n => Assert.Equal(0.03, n.Minimum, 9));
        Assert.Equal((0.0, 0.02, 0.03, 0.72), (evidence.BaseFlow, evidence.Threshold, Math.Round(evidence.LeakRate, 9), Math.Round(evidence.LossPerDay, 9)));
        Assert.Equal(Flows.Utc("2026-05-10T00:00:00Z"), condition.FirstAt); // 02:00 local (UTC+2)
        Assert.Equal(Flows.Utc("2026-05-12T03:00:00Z"), condition.LastAt);
    }

    [Fact]
    public void TwoNightsAboveThreshold_DoNotFire()
    {
        var values = Flows.Hourly(Flows.Utc("2026-04-01T00:00:00Z"), Flows.Utc("2026-05-12T00:00:00Z"),
            local => local >= new DateTime(2026, 5, 10) ? 0.03 : 0);

        Assert.Null(NightFlowDetector.Detect("w-1", values, ServicePointKind.Household, new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 12), Flows.Copenhagen, Options));
    }

    [Theory]
    [InlineData(0.019, ServicePointKind.Household, false)]
    [InlineData(0.021, ServicePointKind.Household, true)]
    [InlineData(0.09, ServicePointKind.Building, false)]
    [InlineData(0.11, ServicePointKind.Building, true)]
    public void Threshold_IsAbsoluteAboveBase_PerServicePointKind(double leak, ServicePointKind kind, bool fires)
    {
        var values = Flows.Hourly(Flows.Utc("2026-04-01T00:00:00Z"), Flows.Utc("2026-05-13T00:00:00Z"),
            local => 0.004 + (local >= new DateTime(2026, 5, 10) ? leak : 0)); // a base flow of 4 L/h is learned, not reported

        var condition = NightFlowDetector.Detect("w-1", values, kind, new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 13), Flows.Copenhagen, Options);

        Assert.Equal(fires, condition is not null);
    }

    [Fact]
    public void AMissingNightHour_BreaksTheRun_NeverReadAsFlow()
    {
        var values = Flows.Hourly(Flows.Utc("2026-04-01T00:00:00Z"), Flows.Utc("2026-05-13T00:00:00Z"),
            local => local >= new DateTime(2026, 5, 10) ? 0.03 : 0).Where(v => v.Start != Flows.Utc("2026-05-11T01:00:00Z")).ToArray();

        Assert.Null(NightFlowDetector.Detect("w-1", values, ServicePointKind.Household, new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 13), Flows.Copenhagen, Options));
        var minima = NightFlowDetector.Minima(values, new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 13), Flows.Copenhagen, Options);
        Assert.Equal([true, false, true], minima.Select(n => n.Complete));
    }

    [Fact]
    public void DaylightSavingNights_SpringHasTwoHours_AutumnFour_BothJudged()
    {
        var spring = Flows.Hourly(Flows.Utc("2026-02-20T00:00:00Z"), Flows.Utc("2026-03-31T00:00:00Z"), local => local >= new DateTime(2026, 3, 27) ? 0.03 : 0);
        var autumn = Flows.Hourly(Flows.Utc("2026-09-15T00:00:00Z"), Flows.Utc("2026-10-27T00:00:00Z"), local => local >= new DateTime(2026, 10, 23) ? 0.03 : 0);

        var springNights = NightFlowDetector.Minima(spring, new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 31), Flows.Copenhagen, Options);
        var autumnNights = NightFlowDetector.Minima(autumn, new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 27), Flows.Copenhagen, Options);
        var springLeak = NightFlowDetector.Detect("w-1", spring, ServicePointKind.Household, new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 30), Flows.Copenhagen, Options);
        var autumnLeak = NightFlowDetector.Detect("w-1", autumn, ServicePointKind.Household, new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 26), Flows.Copenhagen, Options);

        Assert.All(springNights.Concat(autumnNights), n => Assert.True(n.Complete));
        Assert.Equal(2, spring.Count(v => v.Start >= Flows.Utc("2026-03-29T00:00:00Z") && v.Start < Flows.Utc("2026-03-29T03:00:00Z") && v.Start.Hour >= 1)); // local 03:00, 04:00
        Assert.Equal(new DateOnly(2026, 3, 29), Assert.IsType<NightFlowEvidence>(springLeak!.Evidence).Nights[^1].Date);
        Assert.Equal(Flows.Utc("2026-03-29T03:00:00Z"), springLeak.LastAt);             // 05:00 CEST
        Assert.Equal(new DateOnly(2026, 10, 25), Assert.IsType<NightFlowEvidence>(autumnLeak!.Evidence).Nights[^1].Date);
        Assert.Equal(Flows.Utc("2026-10-25T04:00:00Z"), autumnLeak.LastAt);             // 05:00 CET, 4 hours after 02:00 CEST
    }

    [Fact]
    public void KnownBaseFlow_KeepsALongLeakReported()
    {
        // A leak lasting longer than the base-flow window would become the base; an open finding's base keeps it visible.
        var values = Flows.Hourly(Flows.Utc("2026-03-01T00:00:00Z"), Flows.Utc("2026-05-13T00:00:00Z"), local => local >= new DateTime(2026, 4, 1) ? 0.03 : 0);

        Assert.Null(NightFlowDetector.Detect("w-1", values, ServicePointKind.Household, new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 13), Flows.Copenhagen, Options));
        Assert.NotNull(NightFlowDetector.Detect("w-1", values, ServicePointKind.Household, new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 13), Flows.Copenhagen, Options, knownBaseFlow: 0));
    }
}
