using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;

namespace Polis.DashboardBench;

/// <summary>
/// Visible churn for the frame-rate window: <c>count</c> extra buses, registered through the CSV import, each
/// driving a small circle and reporting its position every second over MQTT-over-WebSockets. The simulated city
/// reports all along, but at night its buses stand still and the map has nothing to redraw; these always move.
/// </summary>
internal sealed class MoverLoad(BenchOptions options) : IAsyncDisposable
{
    private readonly List<IMqttClient> _clients = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    public async Task StartAsync(int count, double latitude, double longitude)
    {
        using var http = await BenchClient.SignInAsync(options);
        var csv = new StringBuilder("id,profile,name,longitude,latitude\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"bench-mover-{i:D4},bus,Bench mover {i},{longitude:F6},{latitude:F6}\n");
        }

        using var imported = await http.PostAsync(new Uri("/api/v1/devices/import", UriKind.Relative), new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var body = await imported.Content.ReadAsStringAsync();
        var created = imported.IsSuccessStatusCode ? JsonNode.Parse(body)!.AsArray() : throw new InvalidOperationException($"Could not import the movers: {(int)imported.StatusCode} {body}");
        foreach (var device in created)
        {
            _clients.Add(await BenchClient.ConnectDeviceAsync(options, device!["accessToken"]!.GetValue<string>(), device["device"]!["id"]!.GetValue<string>()));
        }

        _running = DriveAsync(latitude, longitude);
    }

    private async Task DriveAsync(double latitude, double longitude)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var tick = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                tick++;
                await Task.WhenAll(_clients.Select((client, i) =>
                {
                    // Each mover on its own circle of about 300 m around the city point, a few degrees a second.
                    var angle = (i * 0.7) + (tick * 0.05);
                    var lat = latitude + (0.003 * Math.Sin(angle)) + (0.0001 * (i % 50));
                    var lon = longitude + (0.004 * Math.Cos(angle)) + (0.0001 * (i / 50));
                    var json = string.Create(CultureInfo.InvariantCulture, $$"""{"latitude": {{lat:F6}}, "longitude": {{lon:F6}}, "speed": 20}""");
                    return client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry").WithPayload(json)
                        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce).Build(), _stop.Token);
                }));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            await _running;
        }

        foreach (var client in _clients)
        {
            await client.DisconnectAsync();
            client.Dispose();
        }

        _stop.Dispose();
    }
}
