using Microsoft.Extensions.Logging;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Generation;
using Polis.Simulator.Gtfs;
using Polis.Simulator.Metering;
using Polis.Simulator.Model;
using Polis.Simulator.Rules;
using Polis.Simulator.Transit;

namespace Polis.Simulator.Runtime;

/// <summary>
/// Runs a simulated city against a Polis deployment: generates it, writes its GTFS feed (or loads a real one for its
/// buses), provisions its devices through the REST API, connects every device over MQTT with its own token and
/// drives them all from one <see cref="TickScheduler"/> until cancelled.
/// </summary>
public sealed class SimulationRunner(SimulatorOptions options, HttpClient http, MqttEndpoint mqtt, TimeProvider time, ILogger logger)
{
    /// <summary>No device reports more often than this in real time, whatever the acceleration.</summary>
    public static readonly TimeSpan MinRealPeriod = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMinutes(5);
    private readonly List<Task> _background = [];
    private DeviceConnection[] _connections = [];
    private SimulationClock? _clock;
    private SemaphoreSlim? _gate;
    private CancellationToken _stopping;

    public SimulationStats Stats { get; } = new();

    /// <summary>Signs in, provisions, connects and runs until <paramref name="cancellationToken"/> fires.</summary>
    /// <param name="announce">Receives the one line saying the city runs and how big it is.</param>
    public async Task RunAsync(string email, string password, Action<string> announce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(announce);
        _stopping = cancellationToken;
        var generated = CityGenerator.Generate(options.Seed, options.Scale);
        SimulatorLog.Generated(logger, generated.Seed, options.Scale.ToString(), generated.Devices.Count, generated.Districts.Count, generated.Routes.Count);
        var (city, buses, feedZip, feedName) = PrepareBuses(generated);
        var provisioner = new CityProvisioner(http);
        await provisioner.SignInAsync(email, password, cancellationToken).ConfigureAwait(false);
        var (tokens, created, reused, updated) = await provisioner.ProvisionAsync(city, cancellationToken).ConfigureAwait(false);
        SimulatorLog.Provisioned(logger, created, reused, updated);
        SimulatorLog.StarterRules(logger, await new StarterRuleProvisioner(http).EnsureAsync(cancellationToken).ConfigureAwait(false), StarterRules.All.Count);
        await ImportTransitFeedAsync(provisioner, feedZip, feedName, cancellationToken).ConfigureAwait(false);
        // In the background: the city (thousands of households at the larger scales) need not wait for its bills, and
        // readings sent before a meter is registered are back-filled from telemetry when it is.
        _clock = new SimulationClock(time, options.Speed, options.Backfill);
        var metering = ProvisionMeteringCustomersAsync(city, cancellationToken);

        using var gate = new SemaphoreSlim(options.ConnectConcurrency);
        _gate = gate;
        var behaviours = CityBehaviours.Create(city, buses);
        var scheduler = new TickScheduler(time);
        _connections = behaviours.Select(b => new DeviceConnection(b, tokens[b.Device.Id], mqtt, Stats, logger)).ToArray();

        // The scheduler knows a device by its place in _connections (a real feed's buses are numbered after the
        // generated city's devices, so Device.Index is no place in this list).
        for (var i = 0; i < _connections.Length; i++)
        {
            var index = i;
            _connections[i].CommandApplied = () => scheduler.Schedule(index, time.GetUtcNow());
        }

        var start = time.GetUtcNow();
        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = options.ConnectConcurrency, CancellationToken = cancellationToken },
            async (c, ct) => await c.ConnectAsync(gate, start, ct).ConfigureAwait(false)).ConfigureAwait(false);

        // First reports spread over the first seconds rather than all at once.
        var spread = Math.Min(10_000, 1 + (city.Devices.Count * 2));
        for (var i = 0; i < _connections.Length; i++)
        {
            scheduler.Schedule(i, start + TimeSpan.FromMilliseconds(Random.Shared.Next(spread)));
        }

        scheduler.Schedule(-1, start + ProgressEvery);
        announce($"  Simulated city running: {city.Devices.Count} devices ({Stats.Connected} connected) in {city.Districts.Count} districts, " +
                 $"seed {city.Seed}, scale {options.Scale.ToString().ToLowerInvariant()}, speed {options.Speed}x ({created} registered, {reused} reused)");
        await scheduler.RunAsync(Tick, cancellationToken).ConfigureAwait(false);
        await metering.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await DrainAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Makes every household a metering customer (<see cref="MeteringCustomerPlan"/>). A refusal is logged and the city
    /// runs on (a deployment without the metering module, or operators who changed a record the plan needs).
    /// </summary>
    private async Task ProvisionMeteringCustomersAsync(SimulatedCity city, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var simulatedFrom = _clock!.Now; // when the household meters start reporting: the feeders' reads start there too
        try
        {
            var feeders = FeederMeterPlan.Create(city);
            var result = await new MeteringCustomerProvisioner(http).ProvisionAsync(MeteringCustomerPlan.Create(city), feeders, cancellationToken).ConfigureAwait(false);
            SimulatorLog.MeteringCustomers(logger, result.Households, result.Meters, result.Feeders, result.Created, result.Existing, result.Assigned, time.GetElapsedTime(started).TotalSeconds);
            await PublishFeederReadsAsync(new FeederReadPublisher(http, feeders), simulatedFrom, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            SimulatorLog.MeteringCustomersFailed(logger, ex.Message);
        }
    }

    /// <summary>The feeders' reads, every slot the simulated clock passes (as often as a household meter reports), until cancelled.</summary>
    private async Task PublishFeederReadsAsync(FeederReadPublisher publisher, DateTimeOffset from, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await publisher.PublishUntilAsync(from, _clock!.Now, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                SimulatorLog.FeederReadsFailed(logger, ex.Message);
            }

            if (!more)
            {
                await Task.Delay(_clock!.RealPeriod(MeterModel.Slot, MinRealPeriod), time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// Makes the buses' feed the platform's timetable. A refusal is logged and the city runs on: its buses still
    /// report, they are only not matched to trips (a deployment without the transit module, or a feed it refuses).
    /// </summary>
    /// <param name="realFeedName">The real feed's file name; null for the city's own feed.</param>
    private async Task ImportTransitFeedAsync(CityProvisioner provisioner, byte[] gtfsZip, string? realFeedName, CancellationToken cancellationToken)
    {
        var name = realFeedName ?? $"gtfs-{options.Seed}-{options.Scale.ToString().ToLowerInvariant()}.zip";
        try
        {
            var feedId = await provisioner.UploadTransitFeedAsync(gtfsZip, name, cancellationToken).ConfigureAwait(false);
            if (realFeedName is null)
            {
                SimulatorLog.TransitFeedImported(logger, feedId);
            }
            else
            {
                SimulatorLog.RealTransitFeedImported(logger, name, feedId);
            }
        }
        catch (HttpRequestException ex) when (realFeedName is null)
        {
            SimulatorLog.TransitFeedRefused(logger, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            SimulatorLog.RealTransitFeedRefused(logger, name, ex.Message);
        }
    }

    /// <summary>
    /// The city with the buses it drives and the feed to import: a real feed's fleet when one is configured, else (or
    /// when that feed cannot run: no such file, refused by validation, no trip on any date) the generated routes and
    /// their feed. A feed that cannot run is an error in the log, not a city without buses.
    /// </summary>
    private (SimulatedCity City, IBusSchedule? Buses, byte[] Zip, string? RealFeedName) PrepareBuses(SimulatedCity generated)
    {
        if (options.TransitFeed is { Length: > 0 } path)
        {
            try
            {
                return TransitFeedLoader.Prepare(path, generated, options, time.GetUtcNow(), logger);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                SimulatorLog.TransitFeedUnusable(logger, path, ex.Message);
            }
        }

        return (generated, null, WriteGtfs(generated), null);
    }

    /// <summary>The city's GTFS feed as zip bytes, also written to <see cref="SimulatorOptions.GtfsPath"/> when set.</summary>
    private byte[] WriteGtfs(SimulatedCity city)
    {
        using var buffer = new MemoryStream();
        GtfsFeedWriter.Write(city, buffer);
        if (options.GtfsPath is { Length: > 0 } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllBytes(path, buffer.ToArray());
            SimulatorLog.GtfsWritten(logger, path);
        }

        return buffer.ToArray();
    }

    private DateTimeOffset? Tick(int index, DateTimeOffset now)
    {
        if (index < 0)
        {
            SimulatorLog.Progress(logger, Stats.Connected, Stats.Published, Stats.Refused, Stats.Failed, Stats.Commands);
            return now + ProgressEvery;
        }

        var connection = _connections[index];
        var behaviour = connection.Behaviour;
        var simNow = _clock!.Now;
        var period = _clock.RealPeriod(DeviceKinds.ReportInterval(behaviour.Device.Kind), MinRealPeriod);
        if (connection.IsBusy)
        {
            return now + period;
        }

        if (FaultModel.IsOffline(behaviour.Key, simNow))
        {
            if (connection.IsConnected)
            {
                Track(connection.DisconnectAsync());
            }

            return now + period;
        }

        if (!connection.IsConnected)
        {
            if (now >= connection.RetryAt)
            {
                behaviour.Restarted(simNow);
                Track(connection.ConnectAsync(_gate!, now, _stopping));
            }

            // Check back soon: the connect runs in the background and the device should report once it is up.
            return now + (period < TimeSpan.FromSeconds(5) ? period : TimeSpan.FromSeconds(5));
        }

        var readings = behaviour.ReadingsAt(simNow);
        if (readings.Count > 0)
        {
            Track(connection.PublishAsync(readings));
        }

        return now + period;
    }

    private void Track(Task task)
    {
        lock (_background)
        {
            _background.RemoveAll(t => t.IsCompleted);
            _background.Add(task);
        }
    }

    private async Task DrainAsync()
    {
        Task[] pending;
        lock (_background)
        {
            pending = [.. _background];
        }

        await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Task.WhenAll(_connections.Where(c => c.IsConnected).Select(c => c.DisconnectAsync())).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
