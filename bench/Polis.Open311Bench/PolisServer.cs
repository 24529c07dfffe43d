using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Polis.Open311Bench;

/// <summary>The real polis process over the seeded data directory, on free loopback ports, stopped on dispose.</summary>
internal sealed class PolisServer : IAsyncDisposable
{
    private readonly Process _process;

    private PolisServer(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<PolisServer> StartAsync(string polisDll, string dataDirectory)
    {
        var http = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[polisDll, "--urls", $"http://127.0.0.1:{http}", "--Polis:Mqtt:Port", $"{FreePort()}", "--Polis:Mqtt:ListenAddress", "127.0.0.1",
            "--Polis:DataDirectory", dataDirectory, "--Polis:Orleans:SiloPort", $"{FreePort()}", "--Polis:Orleans:GatewayPort", $"{FreePort()}",
            "--Polis:Admin:Email", "admin@bench.local", "--Polis:Admin:Password", "Bench-admin-password-1", "--Polis:Simulator:Enabled", "false",
            "--Logging:LogLevel:Default", "Warning"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PolisServer(process, new Uri($"http://127.0.0.1:{http}"));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/open311/v2/services.json", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("polis did not start within two minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
