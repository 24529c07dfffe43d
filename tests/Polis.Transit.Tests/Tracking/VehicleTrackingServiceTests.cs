using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Registry;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Live;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Tracking.VehicleTrackerMatchingTests;

namespace Polis.Transit.Tests.Tracking;

/// <summary>The service end to end without a host: ingest hook → queue → tracker → live state and metrics → SQLite history.</summary>
public sealed class VehicleTrackingServiceTests : IDisposable
{
    private static readonly DateOnly s_day = new(2026, 3, 10);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-tracking-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _clock = new(At(7, 14));
    private readonly TrackingInbox _inbox;
    private readonly LiveVehicleRegistry _registry = new();
    private readonly SqliteTrackingHistoryStore _store;
    private readonly TrackingMetrics _metrics;
    private readonly SqliteDeviceRegistryStore _devices;
    private readonly VehicleTrackingService _service;
    private readonly TrackingReadingObserver _observer;

    public VehicleTrackingServiceTests()
    {
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        _store = new SqliteTrackingHistoryStore(database);
        _devices = new SqliteDeviceRegistryStore(database);
        var options = Options.Create(new TrackingOptions { QueueCapacity = 1_000 });
        _inbox = new TrackingInbox(options);
        _metrics = new TrackingMetrics(_services.GetRequiredService<IMeterFactory>());
        var network = new FixedNetworkProvider(TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor()));
        _service = new VehicleTrackingService(_inbox, _registry, new VehicleLabels(_devices), _store, network, _metrics, options, _clock, NullLogger<VehicleTrackingService>.Instance);
        _observer = new TrackingReadingObserver(_inbox, _metrics, NullLogger<TrackingReadingObserver>.Instance);
    }

    [Fact]
    public async Task BusReadings_ThroughTheQueue_LiveStateAndStopEventsWritten()
    {
        var network = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());
        var bus = new SimulatedVehicle("bus-9", network.Instance("E0715", s_day)!) { NoiseMetres = 5 };
        for (var at = At(7, 14); at <= At(7, 26); at += TimeSpan.FromSeconds(15))
        {
            _clock.SetUtcNow(at);
            _observer.OnReadings("bus-9", "bus", Readings(bus.ReportAt(at)));
            _observer.OnReadings("aq-1", "air-quality", [new TelemetryPoint("pm25", at.ToUnixTimeMilliseconds(), TelemetryValue.FromNumber(12))]);
            Drain();
        }

        await _service.FlushAsync();

        // E0715 ended at S4 at 07:24:30; waiting there, the bus is on the next departure from S4.
        var state = Assert.Single(_registry.Vehicles);
        Assert.Equal(("bus-9", "W0735", VehicleStopStatus.StoppedAt), (state.VehicleId, state.Trip!.Trip.Id, state.StopStatus));
        Assert.Same(state, ((ITransitLiveState)_registry).Find("bus-9"));
        var events = await _store.ListStopEventsAsync(new StopEventQuery(At(7, 0), At(8, 0), RouteId: "M"));
        Assert.Equal(["S0", "S1", "S2", "S3", "S4"], events.Select(e => e.StopId));
        var (segments, _) = await _store.LoadStatisticsAsync();
        Assert.Contains(segments, s => s.Key.FromStopId == "S1" && s.Key.ToStopId == "S2");
    }

    [Fact]
    public async Task VehicleState_RegisteredBus_CarriesItsRegistryNameOnceFetched()
    {
        await _devices.UpsertProfileAsync(BuiltInProfiles.All.Single(p => p.Id == "bus"));
        var device = new Device("bus-7", "bus", "Bus 7A", null, null, new Dictionary<string, string>(), [], _clock.GetUtcNow(), _clock.GetUtcNow());
        Assert.True(await _devices.CreateDevicesAsync([(device, AccessTokens.Hash("bus-7-token-0123456789"))]));
        var network = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());
        var bus = new SimulatedVehicle("bus-7", network.Instance("E0715", s_day)!);

        // The first report starts the lookup; a later one carries the name (the tracker never waits for the registry).
        var label = await Eventually(() =>
        {
            _clock.Advance(TimeSpan.FromSeconds(15));
            _observer.OnReadings("bus-7", "bus", Readings(bus.ReportAt(_clock.GetUtcNow())));
            Drain();
            return _registry.Find("bus-7")?.Label;
        });

        Assert.Equal("Bus 7A", label);
    }

    [Fact]
    public void Handle_BusTakesTheRunAnotherHolds_TheOtherPublishedWithoutTripAtOnce()
    {
        var run = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor()).Instance("E0715", s_day)!;
        var late = new SimulatedVehicle("bus-late", run, seed: 5) { NoiseMetres = 5, Delay = TimeSpan.FromMinutes(4) };
        var onTime = new SimulatedVehicle("bus-on-time", run, seed: 6) { NoiseMetres = 5 };
        for (var at = At(7, 20); at <= At(7, 21); at += TimeSpan.FromSeconds(20))
        {
            _clock.SetUtcNow(at);
            _service.Handle(new VehicleReadings("bus-late", Readings(late.ReportAt(at))));
        }

        Assert.Equal(run.Key, _registry.Find("bus-late")!.Trip!.Key);

        _clock.SetUtcNow(At(7, 21, 10));
        _service.Handle(new VehicleReadings("bus-on-time", Readings(onTime.ReportAt(At(7, 21, 10)))));

        Assert.Equal(run.Key, _registry.Find("bus-on-time")!.Trip!.Key);
        Assert.Equal(TripMatchSource.None, _registry.Find("bus-late")!.MatchSource); // before its own next report
        Assert.Single(_registry.Vehicles, v => v.Trip?.Key == run.Key);
    }

    [Fact]
    public void BadReports_CountedPerVehicleAndOnTheMeter()
    {
        var rejected = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TrackingMetrics.MeterName && instrument.Name == "polis.transit.reports.rejected")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => rejected.Add((string)tags[0].Value!));
        listener.Start();

        var now = At(7, 14);
        _service.Handle(new VehicleReadings("bus-1", Readings(new VehicleReport("bus-1", now, 55.0, 12.0))));
        _service.Handle(new VehicleReadings("bus-1", Readings(new VehicleReport("bus-1", now.AddSeconds(-30), 55.0, 12.0))));
        _service.Handle(new VehicleReadings("bus-1", Readings(new VehicleReport("bus-1", now.AddSeconds(10), 0, 0))));
        _service.Handle(new VehicleReadings("bus-1", Readings(new VehicleReport("bus-1", now.AddHours(1), 55.0, 12.0))));

        var counts = _registry.FindVehicle("bus-1")!.Counts;
        Assert.Equal(1, counts.Accepted);
        Assert.Equal(3, counts.RejectedTotal);
        Assert.Equal(["out_of_order", "no_fix", "future_timestamp"], rejected);
    }

    [Fact]
    public async Task FlushAsync_StoreFails_BatchKeptForTheNextWrite()
    {
        var network = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());
        var bus = new SimulatedVehicle("bus-9", network.Instance("E0715", s_day)!);
        for (var at = At(7, 14); at <= At(7, 20); at += TimeSpan.FromSeconds(15))
        {
            _clock.SetUtcNow(at);
            _service.Handle(new VehicleReadings("bus-9", Readings(bus.ReportAt(at))));
        }

        SqliteConnection.ClearAllPools();
        var file = Path.Combine(_directory, "polis.db");
        File.Move(file, file + ".away");
        Directory.CreateDirectory(file); // the database path is now a directory: opening fails
        await _service.FlushAsync();
        Directory.Delete(file);
        File.Move(file + ".away", file);
        var afterFailure = await _store.ListStopEventsAsync(new StopEventQuery(At(7, 0), At(8, 0)));
        await _service.FlushAsync();

        // At 07:20 the bus has left S0 and S1 and is dwelling at S2.
        var events = await _store.ListStopEventsAsync(new StopEventQuery(At(7, 0), At(8, 0)));
        Assert.Empty(afterFailure);
        Assert.Equal(["S0", "S1"], events.Select(e => e.StopId));
    }

    public void Dispose()
    {
        _service.Dispose();
        _services.Dispose();
        SqliteConnection.ClearAllPools();

        // A flush the disposed service had started may still be closing its journal file in the directory, so a
        // recursive delete can meet a file created after it listed the directory: try again, then leave the temp
        // directory (cleanup must not fail a test that passed).
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private void Drain()
    {
        while (_inbox.Reader.TryRead(out var readings))
        {
            _service.Handle(readings);
        }
    }

    private static TelemetryPoint[] Readings(VehicleReport report)
    {
        var at = report.Timestamp.ToUnixTimeMilliseconds();
        return
        [
            new("latitude", at, TelemetryValue.FromNumber(report.Latitude)),
            new("longitude", at, TelemetryValue.FromNumber(report.Longitude)),
            new("speed", at, TelemetryValue.FromNumber((report.SpeedMetresPerSecond ?? 0) * 3.6)),
            new("bearing", at, TelemetryValue.FromNumber(report.Bearing ?? 0)),
            new("route_id", at, TelemetryValue.FromString("M")),
        ];
    }

    /// <summary>Repeats <paramref name="step"/> until it gives a value (the background lookup is real I/O, not the fake clock).</summary>
    private static async Task<string?> Eventually(Func<string?> step)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (step() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        return null;
    }
}
