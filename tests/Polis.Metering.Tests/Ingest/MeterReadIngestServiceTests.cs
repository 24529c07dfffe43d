using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using static Polis.Metering.Tests.Ingest.IngestHarness;

namespace Polis.Metering.Tests.Ingest;

/// <summary>Device readings through the ingest hook into register reads, back-fill from telemetry, unassigned devices.</summary>
public sealed class MeterReadIngestServiceTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset T0 = MeteringDatabase.Start.AddDays(29);
    private readonly IngestHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Readings_OfAMetersDevice_StoredAsDeviceReadsOfThatMeter_OtherKeysIgnored()
    {
        await _harness.Db.DeviceAsync("hm-1", "heat-meter");
        await _harness.Registry.CreateAsync(Meter("m-1", MeterKind.Heat, "hm-1"));
        await _harness.DrainAndFlushAsync(); // the registration's back-fill finds no history

        await _harness.PublishAsync("hm-1", "heat-meter", Point("energy", T0, 5_347.6), Point("volume", T0, 113.9), Point("power", T0, 3.1));
        await _harness.PublishAsync("hm-1", "heat-meter", Point("energy", T0.AddHours(1), 5_350.7));
        await _harness.DrainAndFlushAsync();

        var reads = await _harness.Db.Reads.ListAsync("m-1", T0, T0.AddDays(1), 100);
        Assert.Equal([(T0, 5_347.6), (T0.AddHours(1), 5_350.7)], reads.Select(r => (r.At, r.Value)));
        Assert.All(reads, r => Assert.Equal((ReadSource.Device, _harness.Db.Time.GetUtcNow()), (r.Source, r.ReceivedAt)));
        Assert.Empty(await _harness.Db.Unassigned.ListAsync());
    }

    [Fact]
    public async Task Readings_BeforeTheMeterIsRegistered_TalliedThenBackfilledFromTelemetry()
    {
        await _harness.Db.DeviceAsync("wm-1", "water-meter");
        for (var h = 0; h < 25; h++)
        {
            await _harness.PublishAsync("wm-1", "water-meter", Point("volume", T0.AddHours(h), 100 + (h * 0.01)), Point("flow", T0.AddHours(h), 0.01));
        }

        await _harness.DrainAndFlushAsync();
        var tally = Assert.Single(await _harness.Db.Unassigned.ListAsync());
        Assert.Equal(new UnassignedDevice("wm-1", "water-meter", 25, T0, T0.AddHours(24), 100.24, _harness.Db.Time.GetUtcNow()), tally);
        Assert.Empty(await _harness.Db.Reads.ListAsync("m-1", T0, T0.AddDays(2), 100));

        await _harness.Registry.CreateAsync(Meter("m-1", MeterKind.Water, "wm-1"));
        await _harness.PublishAsync("wm-1", "water-meter", Point("volume", T0.AddHours(25), 100.25));
        await _harness.DrainAndFlushAsync();

        var reads = await _harness.Db.Reads.ListAsync("m-1", T0, T0.AddDays(2), 100);
        Assert.Equal(26, reads.Count);
        Assert.Equal(Enumerable.Range(0, 26).Select(h => T0.AddHours(h)), reads.Select(r => r.At));
        Assert.Equal(25, reads.Count(r => r.Source == ReadSource.Backfill));
        Assert.All(reads, r => Assert.Equal(0, r.Duplicates));
        Assert.Empty(await _harness.Db.Unassigned.ListAsync());
    }

    [Fact]
    public async Task Observer_OtherProfilesAndNonNumericRegisters_NothingQueued()
    {
        _harness.Observer.OnReadings("bus-1", "bus", [Point("speed", T0, 30)]);
        _harness.Observer.OnReadings("em-1", "electricity-meter", [Point("power", T0, 2), new("energy", T0.ToUnixTimeMilliseconds(), Polis.Contracts.Telemetry.TelemetryValue.FromString("n/a"))]);
        _harness.Observer.OnReadings("em-1", "electricity-meter", []);

        Assert.False(_harness.Inbox.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Observer_QueueFull_ReadingsSetAsideAndBackfilledNoneLost()
    {
        await using var harness = new IngestHarness(queueCapacity: 1);
        await harness.Db.DeviceAsync("gm-1", "gas-meter");
        await harness.Registry.CreateAsync(Meter("g-1", MeterKind.Gas, "gm-1"));
        await harness.DrainAndFlushAsync();

        for (var h = 0; h < 5; h++)
        {
            await harness.PublishAsync("gm-1", "gas-meter", Point("volume", T0.AddHours(h), 10 + h));
        }

        await harness.DrainAndFlushAsync();

        var reads = await harness.Db.Reads.ListAsync("g-1", T0, T0.AddDays(1), 100);
        Assert.Equal([10.0, 11, 12, 13, 14], reads.Select(r => r.Value));
        Assert.Equal(ReadSource.Device, reads[0].Source);
        Assert.Equal(ReadSource.Backfill, reads[1].Source);
    }

    [Fact]
    public async Task CatchUpAsync_ReadingsStoredInTelemetryButNeverFiled_BackfilledAfterTheLatestRead()
    {
        await _harness.Db.DeviceAsync("em-1", "electricity-meter");
        await _harness.Registry.CreateAsync(Meter("e-1", MeterKind.Electricity, "em-1"));
        await _harness.PublishAsync("em-1", "electricity-meter", Point("energy", T0, 1));
        await _harness.DrainAndFlushAsync();

        // A crash between the device's acknowledgement and the flush: the readings are only in telemetry.
        await _harness.Telemetry.AppendAsync("em-1", [Point("energy", T0.AddMinutes(15), 1.5), Point("energy", T0.AddMinutes(30), 2)], 0);
        var restarted = _harness.NewService();
        await restarted.CatchUpAsync();
        await restarted.FlushAsync();

        var reads = await _harness.Db.Reads.ListAsync("e-1", T0, T0.AddDays(1), 100);
        Assert.Equal([1.0, 1.5, 2], reads.Select(r => r.Value));
        Assert.Equal([ReadSource.Device, ReadSource.Backfill, ReadSource.Backfill], reads.Select(r => r.Source));
    }

    [Fact]
    public async Task CatchUpAsync_RegistrationWhoseBackfillNeverRan_WholeHistoryBackfilledTallyCleared()
    {
        await _harness.Db.DeviceAsync("hm-9", "heat-meter");
        await _harness.PublishAsync("hm-9", "heat-meter", Point("energy", T0, 10));
        await _harness.PublishAsync("hm-9", "heat-meter", Point("energy", T0.AddHours(1), 11));
        await _harness.DrainAndFlushAsync();

        // The meter was stored but the process stopped before the flush that would have back-filled it.
        await _harness.Db.MeterAsync("m-9", MeterKind.Heat, "hm-9");
        var restarted = _harness.NewService();
        await restarted.CatchUpAsync();
        await restarted.FlushAsync();

        Assert.Equal([10.0, 11], (await _harness.Db.Reads.ListAsync("m-9", T0, T0.AddDays(1), 100)).Select(r => r.Value));
        Assert.Empty(await _harness.Db.Unassigned.ListAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _harness.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
