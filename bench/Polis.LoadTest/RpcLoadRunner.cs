using System.Diagnostics;

namespace Polis.LoadTest;

/// <summary>
/// Connects N answering devices (a limited number at a time), starts the caller, warms up with one call per device,
/// then measures M calls to random devices with C in flight.
/// </summary>
public sealed class RpcLoadRunner(RpcLoadOptions options)
{
    public async Task<RpcLoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var (names, devices) = CreateDevices();
        await using IRpcCaller caller = options.Target == "polis" ? new PolisRpcCaller(options) : new MqttRpcCaller(options);
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(options.RunTimeout);
            var connectStarted = Stopwatch.GetTimestamp();
            await ConnectAllAsync(devices, limit.Token).ConfigureAwait(false);
            var connectSeconds = Stopwatch.GetElapsedTime(connectStarted).TotalSeconds;
            await caller.StartAsync(limit.Token).ConfigureAwait(false);

            // Warm-up: every device once, in turn (first-call costs on the server side, the caller's connections, JIT).
            var warmupCalls = options.WarmupCalls < 0 ? options.Devices : options.WarmupCalls;
            var warmup = new RpcCallRun(caller, names, Enumerable.Range(0, warmupCalls).Select(i => i % names.Length).ToArray(), 1);
            await warmup.RunAsync(options.InFlight, limit.Token).ConfigureAwait(false);

            var random = new Random(options.Seed);
            var targets = Enumerable.Range(0, options.Calls).Select(_ => random.Next(names.Length)).ToArray();
            var run = new RpcCallRun(caller, names, targets, 1 + warmupCalls);
            using var server = options.ServerPid is { } pid ? Process.GetProcessById(pid) : null;
            var serverCpu0 = server?.TotalProcessorTime;
            using var self = Process.GetCurrentProcess();
            var cpu0 = self.TotalProcessorTime;
            await run.RunAsync(options.InFlight, limit.Token).ConfigureAwait(false);
            self.Refresh();
            server?.Refresh();
            var cpu = self.TotalProcessorTime - cpu0;
            var serverCpu = server?.TotalProcessorTime - serverCpu0;

            var latencies = run.Latencies.Where(t => t >= 0).Order().ToArray();
            var deviceErrors = devices.Sum(d => d.Errors);
            return new RpcLoadResult
            {
                Label = options.Label,
                Target = options.Target,
                Devices = options.Devices,
                Calls = options.Calls,
                InFlight = options.InFlight,
                Qos = options.Qos,
                WarmupCalls = warmupCalls,
                ConnectSeconds = Math.Round(connectSeconds, 3),
                Answered = latencies.Length,
                Timeouts = run.Timeouts,
                Mismatches = run.Mismatches,
                Errors = options.Calls - latencies.Length + deviceErrors,
                FirstError = run.FirstError ?? devices.Select(d => d.FirstError).FirstOrDefault(e => e is not null)
                    ?? (warmup.FirstError is { } w ? "warm-up: " + w : null),
                DeviceAnswers = devices.Sum(d => d.Answered),
                TimedOut = limit.IsCancellationRequested,
                ElapsedSeconds = Math.Round(run.Elapsed.TotalSeconds, 3),
                CallsPerSecond = Math.Round(latencies.Length / run.Elapsed.TotalSeconds, 0),
                P50Ms = Round(Percentiles.Milliseconds(latencies, 50)),
                P95Ms = Round(Percentiles.Milliseconds(latencies, 95)),
                P99Ms = Round(Percentiles.Milliseconds(latencies, 99)),
                MaxMs = Round(Percentiles.Milliseconds(latencies, 100)),
                MeanMs = latencies.Length == 0 ? null : Math.Round(latencies.Average() * 1000.0 / Stopwatch.Frequency, 3),
                ToolCpuSeconds = Math.Round(cpu.TotalSeconds, 2),
                ServerCpuSeconds = serverCpu is { } sc ? Math.Round(sc.TotalSeconds, 2) : null,
            };
        }
        finally
        {
            await Task.WhenAll(devices.Select(d => d.DisconnectAsync())).ConfigureAwait(false);
            foreach (var device in devices)
            {
                device.Dispose();
            }
        }
    }

    /// <summary>Polis: the devices of the file (id,token), the token as MQTT username. Plain MQTT: bench-1..N.</summary>
    private (string[] Names, RpcDevice[] Devices) CreateDevices()
    {
        if (options.Target == "mqtt")
        {
            var names = Enumerable.Range(1, options.Devices).Select(i => FormattableString.Invariant($"bench-{i}")).ToArray();
            return (names, names.Select((n, i) => new RpcDevice(options, i, "rpcbench", $"bench/{n}/rpc/request/+")).ToArray());
        }

        var lines = File.ReadAllLines(options.DevicesFile!).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("id,", StringComparison.Ordinal)).ToArray();
        if (lines.Length < options.Devices)
        {
            throw new ArgumentException($"{options.DevicesFile} has {lines.Length} devices; --devices {options.Devices} needs that many.");
        }

        var pairs = lines.Take(options.Devices).Select(l => l.Split(',', 2, StringSplitOptions.TrimEntries)).ToArray();
        if (pairs.Any(p => p.Length != 2 || p[0].Length == 0 || p[1].Length == 0))
        {
            throw new ArgumentException($"{options.DevicesFile}: every line is id,token.");
        }

        return (pairs.Select(p => p[0]).ToArray(),
            pairs.Select((p, i) => new RpcDevice(options, i, p[1], "v1/devices/me/rpc/request/+")).ToArray());
    }

    private async Task ConnectAllAsync(RpcDevice[] devices, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(options.ConnectConcurrency);
        await Task.WhenAll(devices.Select(async d =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await d.ConnectAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
