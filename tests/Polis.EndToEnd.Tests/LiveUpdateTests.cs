using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>The SignalR live hub streams twin changes, filtered per client.</summary>
[Collection(SharedPolis.Name)]
public sealed class LiveUpdateTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    private async Task<(HubConnection Hub, ConcurrentQueue<JsonObject> Twins)> ConnectAsync(object filter)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Polis.BaseAddress, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(_api.AccessToken))
            .Build();
        var twins = new ConcurrentQueue<JsonObject>();
        hub.On<JsonObject>("twin", twins.Enqueue);
        await hub.StartAsync();
        await hub.InvokeAsync("subscribe", filter);
        return (hub, twins);
    }

    [Fact]
    public async Task Subscribe_ByDistrict_OnlyThatDistrictsReadingsArrive()
    {
        var northToken = await _api.CreateDeviceAsync("live-north-1", "air-quality", "live-north");
        var southToken = await _api.CreateDeviceAsync("live-south-1", "air-quality", "live-south");
        var (hub, twins) = await ConnectAsync(new { district = "live-north" });
        await using var _ = hub;
        using var north = await Devices.ConnectAsync(fixture.Polis, northToken);
        using var south = await Devices.ConnectAsync(fixture.Polis, southToken);

        Assert.True((await south.PublishStringAsync("v1/devices/me/telemetry", """{"pm25":99}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
        Assert.True((await north.PublishStringAsync("v1/devices/me/telemetry", """{"pm25":21}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);

        var received = await Eventually.ReturnsAsync(() => Task.FromResult(twins.ToArray()), t => t.Length >= 1, "the north reading arrives live");
        Assert.All(received, t => Assert.Equal("live-north-1", t["deviceId"]!.GetValue<string>()));
        Assert.Equal(21, received[0]["values"]!["pm25"]!["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task Subscribe_ByBoundingBoxAndDevice_FiltersCombine()
    {
        var insideToken = await _api.CreateDeviceAsync("live-in", "generic", location: [10.5, 56.5]);
        var outsideToken = await _api.CreateDeviceAsync("live-out", "generic", location: [20.5, 60.5]);
        var (hub, twins) = await ConnectAsync(new { bbox = new[] { 10.0, 56.0, 11.0, 57.0 }, deviceIds = new[] { "live-in", "live-out" } });
        await using var _ = hub;
        using var inside = await Devices.ConnectAsync(fixture.Polis, insideToken);
        using var outside = await Devices.ConnectAsync(fixture.Polis, outsideToken);

        Assert.True((await outside.PublishStringAsync("v1/devices/me/telemetry", """{"v":1}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
        Assert.True((await inside.PublishStringAsync("v1/devices/me/telemetry", """{"v":2}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);

        var received = await Eventually.ReturnsAsync(() => Task.FromResult(twins.ToArray()), t => t.Length >= 1, "the reading inside the box arrives");
        Assert.All(received, t => Assert.Equal("live-in", t["deviceId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Hub_Anonymous_Refused()
    {
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(fixture.Polis.BaseAddress, "/hubs/live")).Build();

        await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());
    }

    [Fact]
    public async Task Subscribe_InvalidBoundingBox_HubError()
    {
        var (hub, _) = await ConnectAsync(new { });
        await using var __ = hub;

        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("subscribe", new { bbox = new[] { 11.0, 56.0, 10.0 } }));
    }
}
