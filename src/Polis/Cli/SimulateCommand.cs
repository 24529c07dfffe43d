using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Polis.Simulator.Model;
using Polis.Simulator.Runtime;

namespace Polis.Cli;

/// <summary>
/// <c>polis simulate --target URL --email E --password P [--seed N] [--scale small|city|metropolis] [--speed N]
/// [--mqtt-host H] [--mqtt-port 1883] [--gtfs feed.zip] [--transit-feed real.zip]</c>: drives the simulated city against
/// another deployment (with <c>--transit-feed</c> its buses run that GTFS feed, see docs/simulator.md).
/// The password may come from POLIS_PASSWORD instead, so it stays out of the process list.
/// </summary>
internal static class SimulateCommand
{
    public const string Usage =
        "usage: polis simulate --target http://host:8080 --email operator@city.example --password ... " +
        "[--seed 42] [--scale tiny|small|city|metropolis] [--speed 1] [--mqtt-host host] [--mqtt-port 1883] [--gtfs feed.zip] [--transit-feed real-gtfs.zip]";

    public static async Task<int> RunAsync(string[] args)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            flags[args[i].TrimStart('-')] = args[i + 1];
        }

        var password = flags.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable("POLIS_PASSWORD");
        if (args.Length % 2 != 0 || !flags.TryGetValue("target", out var target) || !Uri.TryCreate(target, UriKind.Absolute, out var targetUri) ||
            !flags.TryGetValue("email", out var email) || string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        SimulatorOptions options;
        try
        {
            options = new SimulatorOptions
            {
                Seed = int.Parse(flags.GetValueOrDefault("seed", "42"), CultureInfo.InvariantCulture),
                Scale = Enum.Parse<SimulationScale>(flags.GetValueOrDefault("scale", "small"), ignoreCase: true),
                Speed = double.Parse(flags.GetValueOrDefault("speed", "1"), CultureInfo.InvariantCulture),
                GtfsPath = flags.GetValueOrDefault("gtfs"),
                TransitFeed = flags.GetValueOrDefault("transit-feed"),
            };
            if (options.TransitFeed is { } feed && !File.Exists(feed))
            {
                throw new ArgumentException($"--transit-feed: {feed} does not exist.");
            }

            Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or ValidationException)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n{Usage}");
            return 2;
        }

        var mqtt = new MqttEndpoint(flags.GetValueOrDefault("mqtt-host", targetUri.Host), int.Parse(flags.GetValueOrDefault("mqtt-port", "1883"), CultureInfo.InvariantCulture));
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var http = new HttpClient { BaseAddress = targetUri, Timeout = TimeSpan.FromMinutes(2) };
        var runner = new SimulationRunner(options, http, mqtt, TimeProvider.System, loggers.CreateLogger("Polis.Simulator"));
        try
        {
            await runner.RunAsync(email, password, Console.WriteLine, stop.Token);
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"polis simulate: {ex.Message}");
            return 1;
        }
    }
}
