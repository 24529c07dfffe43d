using Polis.Contracts.Telemetry;
using Polis.Dashboard.Overview;
using Polis.Platform.Telemetry;

namespace Polis.Dashboard.Tests;

/// <summary>The definitions behind the overview's tiles, without a browser.</summary>
public sealed class IndicatorRulesTests
{
    private const long Now = 1_800_000_000_000;
    private const long Fresh = 45_000;

    [Fact]
    public void Buses_CountOnlyFreshReportsWithATrip_AndTheOnTimeBandIsInclusive()
    {
        var latest = new List<DeviceLatest>();
        Bus(latest, "early-edge", -60, "t1", Now - 1_000);
        Bus(latest, "late-edge", 300, "t2", Now - 1_000);
        Bus(latest, "too-early", -61, "t3", Now - 1_000);
        Bus(latest, "too-late", 301, "t4", Now - 1_000);
        Bus(latest, "stale", 0, "t5", Now - Fresh - 1);
        Bus(latest, "between-trips", 0, null, Now - 1_000);
        // A trip id left over from an earlier report is not a trip now.
        latest.Add(new DeviceLatest("old-trip", new TelemetryPoint("delay", Now - 1_000, TelemetryValue.FromNumber(0))));
        latest.Add(new DeviceLatest("old-trip", new TelemetryPoint("trip_id", Now - 60_000, TelemetryValue.FromString("t6"))));

        var buses = IndicatorRules.Buses(latest, Now, Fresh);

        Assert.Equal(4, buses.InService);
        Assert.Equal(2, buses.OnTime);
        Assert.Equal(0.5, buses.OnTimeShare);
        Assert.Null(IndicatorRules.Buses([], Now, Fresh).OnTimeShare);
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

    private static void Bus(List<DeviceLatest> latest, string id, double delay, string? trip, long ts)
    {
        latest.Add(new DeviceLatest(id, new TelemetryPoint("delay", ts, TelemetryValue.FromNumber(delay))));
        if (trip is not null)
        {
            latest.Add(new DeviceLatest(id, new TelemetryPoint("trip_id", ts, TelemetryValue.FromString(trip))));
        }
    }
}
