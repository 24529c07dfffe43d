using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Polis.Gateway;
using Polis.Platform.Hosting;

namespace Polis.Hosting;

/// <summary>Prints where Polis listens once Kestrel has bound its addresses, so a newcomer knows where to look.</summary>
internal sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, IOptions<MqttOptions> mqtt, IOptions<PolisOptions> polis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var http = addresses.FirstOrDefault() ?? "(unknown)";
        Console.WriteLine();
        Console.WriteLine("  Polis is running");
        Console.WriteLine($"  Dashboard and API  {http}/");
        Console.WriteLine($"  API reference      {http}/docs");
        Console.WriteLine($"  MQTT               mqtt://127.0.0.1:{mqtt.Value.Port}  (WebSockets: {http.Replace("http", "ws", StringComparison.Ordinal)}/mqtt)");
        Console.WriteLine($"  Data               {polis.Value.ResolveDataDirectory()}");
        Console.WriteLine("  Press Ctrl-C to stop.");
        Console.WriteLine();
    }
}
