using Polis.Contracts.Telemetry;
using Polis.Dashboard.Overview;
using Polis.Dashboard.Tests.Transit;
using Polis.Platform.Telemetry;
using Polis.Transit.Live;

namespace Polis.Dashboard.Tests;

/// <summary>The definitions behind the overview's tiles, without a browser.</summary>
public sealed class IndicatorRulesTests
{
    private const long Now = 1_800_000_000_000;
    private const long Fresh = 45_000;

    [Fact]
    public void Buses_CountOnlyFreshMatchedVehicles_AndTheOnTimeBandIsInclusive()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(Now);
        var fresh = TimeSpan.FromMilliseconds(Fresh);
        var recent = now.AddSeconds(-1);
        List<VehicleState> vehicles =
        [
            TestVehicles.Vehicle("early-edge", -60, recent),
            TestVehicles.Vehicle("late-edge", 300, recent, TripMatchSource.Assigned),
            TestVehicles.Vehicle("too-early", -61, recent),
            TestVehicles.Vehicle("too-late", 301, recent),
            TestVehicles.Vehicle("stale", 0, now - fresh - TimeSpan.FromMilliseconds(1)),
            // Reporting, but the tracker found no trip for it (between trips, off route): neither on time nor late.
            TestVehicles.Vehicle("unmatched", 0, recent, TripMatchSource.None),
        ];

        var buses = IndicatorRules.Buses(feedActive: true, vehicles, now, fresh);

        Assert.Equal(new BusPunctuality(true, 4, 2), buses);
        Assert.Equal(0.5, buses.OnTimeShare);
        Assert.Null(IndicatorRules.Buses(true, [], now, fresh).OnTimeShare);
    }

    [Fact]
    public void Buses_NoActiveFeed_NothingCountedEvenWithTrackedVehicles()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(Now);

        var buses = IndicatorRules.Buses(feedActive: false, [TestVehicles.Vehicle("on-time", 0, now)], now, TimeSpan.FromMilliseconds(Fresh));

        Assert.Equal(BusPunctuality.NoFeed, buses);
        Assert.False(buses.FeedActive);
        Assert.Null(buses.OnTimeShare);
    }

    [Fact]
    public void Parking_FreeMeansFreshAndNotOccupied()
    {
        List<DeviceLatest> latest =
        [
            new("a", new TelemetryPoint("occupied", Now - 1_000, TelemetryValue.FromBoolean(false))),
            new("b", new TelemetryPoint("occupied", Now - 1_000, TelemetryValue.FromBoolean(true))),
            new("c", new TelemetryPoint("occupied", Now - Fresh - 1, TelemetryValue.FromBoolean(false))),
        ];

        Assert.Equal(new ParkingAvailability(5, 2, 1), IndicatorRules.Parking(5, latest, Now, Fresh));
    }

    [Fact]
    public void AirQuality_WorstFreshStationDecidesTheBand()
    {
        List<DeviceLatest> latest =
        [
            new("calm", new TelemetryPoint("pm25", Now - 1_000, TelemetryValue.FromNumber(9))),
            new("busy", new TelemetryPoint("pm25", Now - 1_000, TelemetryValue.FromNumber(55))),
            new("silent", new TelemetryPoint("pm25", Now - Fresh - 1, TelemetryValue.FromNumber(500))),
        ];

        var summary = IndicatorRules.AirQuality(4, latest, Now, Fresh);

        Assert.Equal(new AirQualitySummary(4, 2, 32, 55, "busy"), summary);
        Assert.Equal(AirQualityBand.VeryPoor, summary.WorstBand);
        Assert.Null(IndicatorRules.AirQuality(4, [], Now, Fresh).WorstBand);
    }

    [Theory]
    [InlineData(10, AirQualityBand.Good)]
    [InlineData(10.1, AirQualityBand.Fair)]
    [InlineData(25, AirQualityBand.Moderate)]
    [InlineData(50, AirQualityBand.Poor)]
    [InlineData(75, AirQualityBand.VeryPoor)]
    [InlineData(75.1, AirQualityBand.ExtremelyPoor)]
    public void AirQualityBands_FollowTheEuropeanIndexLimits(double pm25, AirQualityBand band) =>
        Assert.Equal(band, AirQualityBands.ForPm25(pm25));
}
