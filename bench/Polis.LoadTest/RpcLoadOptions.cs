namespace Polis.LoadTest;

/// <summary>
/// Options of the RPC mode (<c>polis-loadtest rpc …</c>): N device connections that answer every request, and a
/// caller that issues M calls with C in flight, through Polis's HTTP API or as plain MQTT through a broker.
/// </summary>
public sealed class RpcLoadOptions
{
    /// <summary>"polis": calls go through <c>POST /api/v1/devices/{id}/rpc</c>; "mqtt": request/response topics on a plain broker.</summary>
    public string Target { get; private set; } = "polis";

    public string Label { get; private set; } = "target";

    public string Host { get; private set; } = "127.0.0.1";

    public int Port { get; private set; } = 1883;

    public int Devices { get; private set; } = 1_000;

    public int Calls { get; private set; } = 5_000;

    public int InFlight { get; private set; } = 16;

    /// <summary>Unmeasured calls before the measured ones, one per device in turn; -1 means one per device.</summary>
    public int WarmupCalls { get; private set; } = -1;

    public TimeSpan CallTimeout { get; private set; } = TimeSpan.FromSeconds(10);

    /// <summary>Device connections opened at once, so that 1,000 CONNECTs do not arrive in one burst.</summary>
    public int ConnectConcurrency { get; private set; } = 32;

    public int Qos { get; private set; } = 1;

    public int Seed { get; private set; } = 1;

    /// <summary>Polis: one device a line, <c>id,token</c>.</summary>
    public string? DevicesFile { get; private set; }

    public Uri? ApiUrl { get; private set; }

    public string Email { get; private set; } = "admin@bench.local";

    /// <summary>Polis: the admin password, read from this environment variable so it stays out of the process list.</summary>
    public string PasswordVariable { get; private set; } = "POLIS_BENCH_PASSWORD";

    public TimeSpan RunTimeout { get; private set; } = TimeSpan.FromMinutes(10);

    /// <summary>The server's process id, to report the CPU it used during the measured calls.</summary>
    public int? ServerPid { get; private set; }

    public const string Usage =
        "usage: polis-loadtest rpc --target polis|mqtt [--label NAME] [--host 127.0.0.1] [--port 1883] [--devices 1000]\n" +
        "                      [--calls 5000] [--inflight 16] [--warmup-calls -1] [--timeout-ms 10000] [--connect-concurrency 32]\n" +
        "                      [--qos 0|1] [--seed 1] [--server-pid PID] [--run-timeout-seconds 600]\n" +
        "  polis: --devices-file FILE (id,token a line) --api-url http://127.0.0.1:P [--email admin@bench.local]\n" +
        "         [--password-variable POLIS_BENCH_PASSWORD] (the admin password is read from that environment variable)\n" +
        "  mqtt:  devices bench-1..N subscribe to bench/{device}/rpc/request/+ and answer on bench/{device}/rpc/response/{id}.\n" +
        "Targets must be loopback addresses.";

    public static RpcLoadOptions Parse(string[] args)
    {
        var options = new RpcLoadOptions();
        foreach (var (name, value) in OptionArguments.Pairs(args))
        {
            switch (name)
            {
                case "--target": options.Target = value is "polis" or "mqtt" ? value : throw new ArgumentException("--target is polis or mqtt."); break;
                case "--label": options.Label = value; break;
                case "--host": options.Host = value; break;
                case "--port": options.Port = OptionArguments.Int(name, value, 1, 65535); break;
                case "--devices": options.Devices = OptionArguments.Int(name, value, 1, 20_000); break;
                case "--calls": options.Calls = OptionArguments.Int(name, value, 1, 10_000_000); break;
                case "--inflight": options.InFlight = OptionArguments.Int(name, value, 1, 1_000); break;
                case "--warmup-calls": options.WarmupCalls = OptionArguments.Int(name, value, -1, 1_000_000); break;
                case "--timeout-ms": options.CallTimeout = TimeSpan.FromMilliseconds(OptionArguments.Int(name, value, 100, 300_000)); break;
                case "--connect-concurrency": options.ConnectConcurrency = OptionArguments.Int(name, value, 1, 1_000); break;
                case "--qos": options.Qos = OptionArguments.Int(name, value, 0, 1); break;
                case "--seed": options.Seed = OptionArguments.Int(name, value, 0, int.MaxValue); break;
                case "--devices-file": options.DevicesFile = value; break;
                case "--api-url": options.ApiUrl = new Uri(value, UriKind.Absolute); break;
                case "--email": options.Email = value; break;
                case "--password-variable": options.PasswordVariable = value; break;
                case "--server-pid": options.ServerPid = OptionArguments.Int(name, value, 1, int.MaxValue); break;
                case "--run-timeout-seconds": options.RunTimeout = TimeSpan.FromSeconds(OptionArguments.Int(name, value, 1, 7200)); break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        if (options.Target == "polis" && (options.DevicesFile is null || options.ApiUrl is null))
        {
            throw new ArgumentException("--target polis needs --devices-file and --api-url.");
        }

        OptionArguments.RequireLoopback(options.Host);
        if (options.ApiUrl is { } api)
        {
            OptionArguments.RequireLoopback(api.Host);
        }

        return options;
    }
}
