using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Tests.Ingest;

namespace Polis.Metering.Tests.Processing;

/// <summary>Interval-value meters on the ingest path: their device's interval key is filed (the register key is not), imports must be on the grid.</summary>
public sealed class IntervalMeterIngestTests : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = MeteringDatabase.Start;
    private readonly IngestHarness _harness = new();

    [Fact]
    public async Task Device_OfAnIntervalMeter_ItsIntervalValuesAreFiledNotItsRegister()
    {
        await _harness.Db.DeviceAsync("hm-i", "heat-meter");
        await _harness.PublishAsync("hm-i", "heat-meter", IngestHarness.Point("energyInterval", T0, 0.31), IngestHarness.Point("energy", T0, 5_347.6));
        await _harness.Registry.CreateAsync(IngestHarness.Meter("m-i", MeterKind.Heat, "hm-i") with { ReadingType = MeterReadingType.Interval });
        await _harness.DrainAndFlushAsync();

        await _harness.PublishAsync("hm-i", "heat-meter", IngestHarness.Point("energyInterval", T0.AddHours(1), 0.29), IngestHarness.Point("energy", T0.AddHours(1), 5_347.9));
        await _harness.DrainAndFlushAsync();

        var reads = await _harness.Db.Reads.ListAsync("m-i", T0, T0.AddDays(1), 100);
        Assert.Equal([(T0, 0.31), (T0.AddHours(1), 0.29)], reads.Select(r => (r.At, r.Value)));
        Assert.Equal("energyInterval", (await _harness.Db.Meters.ListDeviceMetersAsync()).Single().ReadingKey);
    }

    [Fact]
    public async Task Import_ForAnIntervalMeter_OffGridRowsAreRefused()
    {
        await _harness.Db.Meters.CreateAsync(IngestHarness.Meter("m-i", MeterKind.Water, null) with { IntervalMinutes = 15, ReadingType = MeterReadingType.Interval });
        ReadImportRow[] rows = [new(2, null, "2026-03-01T00:15:00Z", "0.012"), new(3, null, "2026-03-01T00:20:00Z", "0.004")];

        var report = await _harness.Importer.ImportAsync(rows, "m-i", TimeSpan.FromMinutes(15));

        Assert.Equal((1, 1), (report.Accepted, report.Refused));
        Assert.Equal("off the meter's grid: interval values are stamped at the end of a 15-minute interval", Assert.Single(report.Issues).Reason);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
