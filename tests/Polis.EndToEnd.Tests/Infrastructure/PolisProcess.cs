using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real polis executable in its own OS process: its own ports and data directory, so tests can kill
/// it with SIGKILL, stop it with SIGTERM (Ctrl-C semantics) and restart it on the same data.
/// </summary>
public sealed class PolisProcess : IAsyncDisposable
{
    public const string AdminEmail = "admin@e2e.local";
    public const string AdminPassword = "E2e-admin-password-1";

    private readonly StringBuilder _output = new();
    private readonly string[] _extraArgs;
    private Process? _process;

    private PolisProcess(string dataDirectory, string[] extraArgs)
    {
        DataDirectory = dataDirectory;
        _extraArgs = extraArgs;
    }

    public string DataDirectory { get; }

    public int HttpPort { get; private set; }

    public int MqttPort { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>How many times <paramref name="what"/> stands in <see cref="Output"/> (across restarts: one line per start).</summary>
    public int OutputCount(string what)
    {
        var output = Output;
        var count = 0;
        for (var at = output.IndexOf(what, StringComparison.Ordinal); at >= 0; at = output.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Starts Polis on a fresh data directory; <paramref name="extraArgs"/> are configuration overrides.</summary>
    public static async Task<PolisProcess> StartAsync(params string[] extraArgs)
    {
        var directory = Path.Combine(Path.GetTempPath(), "polis-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        var polis = new PolisProcess(directory, extraArgs);
        await polis.StartAgainAsync();
        return polis;
    }

    /// <summary>Starts (again) on the same data directory, on new ports.</summary>
    public async Task StartAgainAsync()
    {
        // A port found free can be taken by someone else (another test's client socket) before polis binds it:
        // start again on other ports rather than fail the test for a race that is not Polis's.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnFreePortsAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                _process?.Dispose();
            }
        }
    }

    private async Task StartOnFreePortsAsync()
    {
        HttpPort = FreePorts.Next();
        MqttPort = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(PolisDll());
        foreach (var argument in (string[])[
            "--urls", $"http://127.0.0.1:{HttpPort}",
            "--Polis:Mqtt:Port", $"{MqttPort}",
            "--Polis:Mqtt:ListenAddress", "127.0.0.1",
            "--Polis:DataDirectory", DataDirectory,
            "--Polis:Orleans:SiloPort", $"{FreePorts.Next()}",
            "--Polis:Orleans:GatewayPort", $"{FreePorts.Next()}",
            "--Polis:Admin:Email", AdminEmail,
            "--Polis:Admin:Password", AdminPassword,
            "--Polis:Simulator:Enabled", "false",
            .. _extraArgs])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a power cut of the process.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>SIGTERM, what Ctrl-C and service managers send: Polis must shut down gracefully and flush.</summary>
    public async Task<int> StopGracefullyAsync()
    {
        var process = _process ?? throw new InvalidOperationException("Not started.");
        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
            if (signal.ExitCode != 0)
            {
                throw new InvalidOperationException("Could not signal the polis process.");
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }

    internal static string PolisDll()
    {
        var configuration = typeof(PolisProcess).Assembly.GetCustomAttribute<PolisBuildConfigurationAttribute>()!.Configuration;
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return Path.Combine(root, "src", "Polis", "bin", configuration, "net10.0", "polis.dll");
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"polis exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "/health"))).IsSuccessStatusCode && Output.Contains("Polis is running", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"polis did not become healthy:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
