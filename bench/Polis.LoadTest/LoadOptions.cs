namespace Polis.LoadTest;

/// <summary>Command-line options of the load tool. Every run is bounded: a message count per client and a wall-clock limit.</summary>
public sealed class LoadOptions
{
    public string Label { get; private set; } = "target";

    public string Host { get; private set; } = "127.0.0.1";

    public int Port { get; private set; } = 1883;

    public int Clients { get; private set; } = 20;

    public int Messages { get; private set; } = 5_000;

    public int InFlight { get; private set; } = 100;

    public int Qos { get; private set; } = 1;

    /// <summary>0 means the natural size of the JSON reading; larger values pad it with a string field.</summary>
    public int PayloadBytes { get; private set; }

    /// <summary>"ts": <c>{"ts":…,"values":{…}}</c> with a distinct timestamp per message; "flat": <c>{"temperature":…,"seq":…}</c>.</summary>
    public string Shape { get; private set; } = "ts";

    public string? TokensFile { get; private set; }

    public Uri? MetricsUrl { get; private set; }

    public string Topic { get; private set; } = "v1/devices/me/telemetry";

    public int ProtocolVersion { get; private set; } = 311;

    public TimeSpan Timeout { get; private set; } = TimeSpan.FromMinutes(5);

    public TimeSpan DrainTimeout { get; private set; } = TimeSpan.FromMinutes(2);

    public const string Usage =
        "usage: polis-loadtest [--label NAME] [--host 127.0.0.1] [--port 1883] [--clients 20] [--messages 5000] [--inflight 100]\n" +
        "                      [--qos 0|1] [--payload-bytes N] [--shape ts|flat] [--tokens-file FILE] [--metrics-url http://127.0.0.1:P/metrics]\n" +
        "                      [--topic v1/devices/me/telemetry] [--protocol 311|500] [--timeout-seconds 300] [--drain-timeout-seconds 120]\n" +
        "Targets must be loopback addresses.";

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        foreach (var (name, value) in OptionArguments.Pairs(args))
        {
            switch (name)
            {
                case "--label": options.Label = value; break;
                case "--host": options.Host = value; break;
                case "--port": options.Port = OptionArguments.Int(name, value, 1, 65535); break;
                case "--clients": options.Clients = OptionArguments.Int(name, value, 1, 10_000); break;
                case "--messages": options.Messages = OptionArguments.Int(name, value, 1, 10_000_000); break;
                case "--inflight": options.InFlight = OptionArguments.Int(name, value, 1, 10_000); break;
                case "--qos": options.Qos = OptionArguments.Int(name, value, 0, 1); break;
                case "--payload-bytes": options.PayloadBytes = OptionArguments.Int(name, value, 0, 1024 * 1024); break;
                case "--shape": options.Shape = value is "ts" or "flat" ? value : throw new ArgumentException("--shape is ts or flat."); break;
                case "--tokens-file": options.TokensFile = value; break;
                case "--metrics-url": options.MetricsUrl = new Uri(value, UriKind.Absolute); break;
                case "--topic": options.Topic = value; break;
                case "--protocol": options.ProtocolVersion = value is "311" or "500" ? OptionArguments.Int(name, value, 311, 500) : throw new ArgumentException("--protocol is 311 or 500."); break;
                case "--timeout-seconds": options.Timeout = TimeSpan.FromSeconds(OptionArguments.Int(name, value, 1, 3600)); break;
                case "--drain-timeout-seconds": options.DrainTimeout = TimeSpan.FromSeconds(OptionArguments.Int(name, value, 1, 3600)); break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        OptionArguments.RequireLoopback(options.Host);
        if (options.MetricsUrl is { } metrics)
        {
            OptionArguments.RequireLoopback(metrics.Host);
        }

        return options;
    }
}
