using Polis.Contracts.Telemetry;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Tracking;

public sealed class VehicleReportReaderTests
{
    [Fact]
    public void Read_BusReadings_SpeedInMetresPerSecondAndIds()
    {
        const long at = 1_773_129_600_000;
        var reports = VehicleReportReader.Read("bus-7",
        [
            new TelemetryPoint("latitude", at, TelemetryValue.FromNumber(55.1)),
            new TelemetryPoint("longitude", at, TelemetryValue.FromNumber(12.2)),
            new TelemetryPoint("speed", at, TelemetryValue.FromNumber(36)),
            new TelemetryPoint("bearing", at, TelemetryValue.FromNumber(370)),
            new TelemetryPoint("occupancy", at, TelemetryValue.FromNumber(41)),
            new TelemetryPoint("trip_id", at, TelemetryValue.FromNumber(1234)),
            new TelemetryPoint("route_id", at, TelemetryValue.FromString(" M ")),
        ]);

        var report = Assert.Single(reports);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(at), report.Timestamp);
        Assert.Equal(10, report.SpeedMetresPerSecond!.Value, 9);
        Assert.Equal(10, report.Bearing!.Value, 9);
        Assert.Equal(("1234", "M", 41), (report.TripId, report.RouteId, report.Occupancy));
    }

    [Fact]
    public void Read_SeveralFixesAndOneWithoutPosition_OneReportPerPositionInTimeOrder()
    {
        var reports = VehicleReportReader.Read("bus-7",
        [
            new TelemetryPoint("latitude", 2_000, TelemetryValue.FromNumber(55.2)),
            new TelemetryPoint("longitude", 2_000, TelemetryValue.FromNumber(12.2)),
            new TelemetryPoint("latitude", 1_000, TelemetryValue.FromNumber(55.1)),
            new TelemetryPoint("longitude", 1_000, TelemetryValue.FromNumber(12.1)),
            new TelemetryPoint("occupancy", 3_000, TelemetryValue.FromNumber(5)),
            new TelemetryPoint("speed", 1_000, TelemetryValue.FromString("fast")),
        ]);

        Assert.Equal([55.1, 55.2], reports.Select(r => r.Latitude));
        Assert.Null(reports[0].SpeedMetresPerSecond);
    }
}
