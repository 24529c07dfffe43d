using System.Globalization;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>
/// A bus device on a trip of <see cref="TwoLineFeed"/>, running <see cref="DelaySeconds"/> late, reporting over real
/// MQTT (QoS 1) like the simulator's buses: position, speed (km/h), bearing and route. It starts with the last three
/// minutes of its trip (reports 10 s apart, within the tracker's 5 min report age), so the tracker matches it, passes
/// a stop or two (recorded stop events, scored predictions) and predicts the stops ahead.
/// </summary>
public sealed class ReportingBus : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly CancellationTokenSource _stop = new();
    private Task? _reporting;

    private ReportingBus(string id, string line, int delaySeconds, IMqttClient client, DateTimeOffset tripStart)
    {
        Id = id;
        Line = line;
        DelaySeconds = delaySeconds;
        _client = client;
        TripStart = tripStart;
    }

    public string Id { get; }

    public string Line { get; }

    public int DelaySeconds { get; }

    /// <summary>The scheduled start of the trip it runs.</summary>
    public DateTimeOffset TripStart { get; }

    public static async Task<ReportingBus> StartAsync(PolisProcess polis, PolisApi api, string id, string line, int delaySeconds)
    {
        var token = await api.CreateDeviceAsync(id, "bus");
        var now = DateTimeOffset.UtcNow;
        // Late enough into its trip that the first report is a minute past the first stop (at a first stop every run competes).
        var bus = new ReportingBus(id, line, delaySeconds, await Devices.ConnectAsync(polis, token), TwoLineFeed.TripStartBefore(now, TimeSpan.FromSeconds(delaySeconds + 240)));
        for (var at = now.AddMinutes(-3); at <= now; at = at.AddSeconds(10))
        {
            await bus.ReportAsync(at);
        }

        return bus;
    }

    /// <summary>Reports where the bus is at <paramref name="at"/>; returns the position sent.</summary>
    public async Task<(double Latitude, double Longitude)> ReportAsync(DateTimeOffset at)
    {
        var position = TwoLineFeed.PositionAt(Line, (at - TripStart).TotalSeconds - DelaySeconds);
        var json = string.Create(CultureInfo.InvariantCulture,
            $$$"""{"ts":{{{at.ToUnixTimeMilliseconds()}}},"values":{"latitude":{{{position.Latitude:F6}}},"longitude":{{{position.Longitude:F6}}},"speed":12,"bearing":{{{(Line == "L" ? 90 : 0)}}},"route_id":"{{{Line}}}"}}""");
        var published = await _client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry").WithPayload(json)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.True(published.IsSuccess, published.ReasonString);
        return position;
    }

    /// <summary>Keeps reporting every 10 s in the background, as a bus does, so its reports stay fresh.</summary>
    public void KeepReporting() => _reporting = RunAsync();

    /// <summary>The tracker's view of the bus once it is matched to a trip of <see cref="Line"/>.</summary>
    public async Task<JsonObject> WaitUntilMatchedAsync(PolisApi api) =>
        (await Eventually.ReturnsAsync(() => VehicleAsync(api),
            v => (string?)v?["trip"]?["routeId"] == Line && v!["delaySeconds"] is not null && v["nextStop"] is not null, $"{Id} is matched to a trip of line {Line}", seconds: 60))!;

    /// <summary>The tracker's view of the bus now (null until its first report is tracked).</summary>
    public async Task<JsonObject?> VehicleAsync(PolisApi api)
    {
        using var response = await api.Http.GetAsync(new Uri($"/api/v1/transit/vehicles/{Id}", UriKind.Relative));
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject() : null;
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await ReportAsync(DateTimeOffset.UtcNow);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reporting is not null)
        {
            await _reporting;
        }

        await _client.DisconnectAsync();
        _client.Dispose();
        _stop.Dispose();
    }
}
