using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Polis.Gateway;
using Polis.Gateway.Mqtt;
using Polis.Platform.Hosting;
using Polis.Simulator.Model;
using Polis.Simulator.Runtime;

namespace Polis.Simulation;

/// <summary>
/// Runs the simulated city against this very process once it is listening: over loopback HTTP and MQTT, through
/// the same public API and device protocol as any outside client. A failure is logged, never fatal to Polis.
/// </summary>
internal sealed partial class SimulatorHostedService(
    IOptions<SimulatorOptions> options,
    IOptions<PolisOptions> polis,
    IServer server,
    IHostApplicationLifetime lifetime,
    MqttListenerInfo mqtt,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<SimulatorHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        if (mqtt.EndPoint is not { } endPoint || LocalAddress() is not { } address)
        {
            LogNoListener(logger);
            return;
        }

        // In process, every simulated device holds two descriptors here: its client socket and the listener's side.
        var devices = ScalePreset.For(settings.Scale).DeviceCount + (settings.TransitFeed is { Length: > 0 } ? settings.MaxTransitVehicles : 0);
        var needed = (2L * devices) + ConnectionBudget.Reserve;
        if (ConnectionBudget.ReadOpenFileLimit() is { } openFiles && openFiles < needed)
        {
            LogTooManyForOpenFiles(logger, settings.Scale.ToString().ToLowerInvariant(), devices, needed, openFiles);
            return;
        }

        try
        {
            settings.GtfsPath ??= Path.Combine(polis.Value.ResolveDataDirectory(), "simulator", $"gtfs-{settings.Seed}-{settings.Scale.ToString().ToLowerInvariant()}.zip");
            var (email, password) = await SimulatorAccount.EnsureAsync(scopes).ConfigureAwait(false);
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            var runner = new SimulationRunner(settings, http, new MqttEndpoint("127.0.0.1", endPoint.Port), time, logger);
            await runner.RunAsync(email, password, Console.WriteLine, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException or TaskCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    /// <summary>The first HTTP address, reached over loopback when Kestrel listens on every interface.</summary>
    private Uri? LocalAddress()
    {
        var first = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal));
        if (first is null)
        {
            return null;
        }

        var uri = new UriBuilder(first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The simulated city needs Polis's MQTT TCP listener and an http:// address; it does not run")]
    private static partial void LogNoListener(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The simulated city does not run: the {Scale} preset's {Devices} devices need about {Needed} open files in one process and this one may open {OpenFiles}. Raise ulimit -n, or run it in its own process with `polis simulate --target` (one descriptor per device there)")]
    private static partial void LogTooManyForOpenFiles(ILogger logger, string scale, int devices, long needed, long openFiles);

    [LoggerMessage(Level = LogLevel.Error, Message = "The simulated city stopped")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
