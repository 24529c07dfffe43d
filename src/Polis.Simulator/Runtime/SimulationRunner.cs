using Microsoft.Extensions.Logging;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Generation;
using Polis.Simulator.Gtfs;
using Polis.Simulator.Model;
using Polis.Simulator.Rules;

namespace Polis.Simulator.Runtime;

/// <summary>
/// Runs a simulated city against a Polis deployment: generates it, writes its GTFS feed, provisions its devices
/// through the REST API, connects every device over MQTT with its own token and drives them all from one
/// <see cref="TickScheduler"/> until cancelled.
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
        var city = CityGenerator.Generate(options.Seed, options.Scale);
        SimulatorLog.Generated(logger, city.Seed, options.Scale.ToString(), city.Devices.Count, city.Districts.Count, city.Routes.Count);
        var gtfsZip = WriteGtfs(city);
        var provisioner = new CityProvisioner(http);
        await provisioner.SignInAsync(email, password, cancellationToken).ConfigureAwait(false);
        var (tokens, created, reused) = await provisioner.ProvisionAsync(city, cancellationToken).ConfigureAwait(false);
        SimulatorLog.Provisioned(logger, created, reused);
        SimulatorLog.StarterRules(logger, await new StarterRuleProvisioner(http).EnsureAsync(cancellationToken).ConfigureAwait(false), StarterRules.All.Count);
        SimulatorLog.TransitFeedImported(logger, await provisioner.UploadTransitFeedAsync(gtfsZip, cancellationToken).ConfigureAwait(false));

        _clock = new SimulationClock(time, options.Speed, options.Backfill);
        using var gate = new SemaphoreSlim(options.ConnectConcurrency);
        _gate = gate;
        var behaviours = CityBehaviours.Create(city);
        var scheduler = new TickScheduler(time);
        _connections = behaviours.Select(b => new DeviceConnection(b, tokens[b.Device.Id], mqtt, Stats, logger)).ToArray();
        foreach (var connection in _connections)
        {
            var index = connection.Behaviour.Device.Index;
            connection.CommandApplied = () => scheduler.Schedule(index, time.GetUtcNow());
        }

        var start = time.GetUtcNow();
        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = options.ConnectConcurrency, CancellationToken = cancellationToken },
            async (c, ct) => await c.ConnectAsync(gate, start, ct).ConfigureAwait(false)).ConfigureAwait(false);

        // First reports spread over the first seconds rather than all at once.
        var spread = Math.Min(10_000, 1 + (city.Devices.Count * 2));
        foreach (var connection in _connections)
        {
            scheduler.Schedule(connection.Behaviour.Device.Index, start + TimeSpan.FromMilliseconds(Random.Shared.Next(spread)));
        }

        scheduler.Schedule(-1, start + ProgressEvery);
        announce($"  Simulated city running: {city.Devices.Count} devices ({Stats.Connected} connected) in {city.Districts.Count} districts, " +
                 $"seed {city.Seed}, scale {options.Scale.ToString().ToLowerInvariant()}, speed {options.Speed}x ({created} registered, {reused} reused)");
        await scheduler.RunAsync(Tick, cancellationToken).ConfigureAwait(false);
        await DrainAsync().ConfigureAwait(false);
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
