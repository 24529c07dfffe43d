using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Live vehicle tracking through the real process: a bus device's readings over MQTT reach the tracker through the
/// ingest hook, bad reports are counted by reason, and the vehicle, departures and accuracy APIs answer with data or
/// problem details. No feed is imported here (the import API lands with the feeds part), so vehicles stay unmatched.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class TransitTrackingTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task BusReports_OverMqtt_VehicleListedWithRejectedReportsCounted()
    {
        var token = await _api.CreateDeviceAsync("e2e-bus-1", "bus");
        using var client = await Devices.ConnectAsync(fixture.Polis, token);
        var t0 = Devices.Now() - 30_000;
        string[] payloads =
        [
            $$$"""{"ts":{{{t0}}},"values":{"latitude":55.6761,"longitude":12.5683,"speed":36,"bearing":90,"occupancy":40}}""",
            $$$"""{"ts":{{{t0 + 5_000}}},"values":{"latitude":0,"longitude":0,"speed":0}}""",
            $$$"""{"ts":{{{t0 - 60_000}}},"values":{"latitude":55.6761,"longitude":12.5680}}""",
            $$$"""{"ts":{{{t0 + 10_000}}},"values":{"latitude":55.6761,"longitude":12.5700,"speed":36,"bearing":90,"occupancy":40,"route_id":"nowhere"}}""",
        ];
        foreach (var payload in payloads)
        {
            var published = await client.PublishStringAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce);
            Assert.Equal(MqttClientPublishReasonCode.Success, published.ReasonCode);
        }

        var vehicle = await Eventually.ReturnsAsync(
            () => FindVehicleAsync("e2e-bus-1"),
            v => v?["acceptedReports"]?.GetValue<long>() == 2 && v["rejectedReports"]!.AsObject().Count == 2,
            "the tracker has seen all four reports");

        Assert.Equal(1, vehicle!["rejectedReports"]!["no_fix"]!.GetValue<long>());
        Assert.Equal(1, vehicle["rejectedReports"]!["out_of_order"]!.GetValue<long>());
        Assert.Equal(12.57, vehicle["longitude"]!.GetValue<double>(), 6);
        Assert.Equal(10, vehicle["speedMetresPerSecond"]!.GetValue<double>(), 6);
        Assert.Equal("none", vehicle["matchSource"]!.GetValue<string>());
        Assert.Null(vehicle["trip"]);
        Assert.Equal(50, vehicle["occupancyPercent"]!.GetValue<int>());

        var one = await _api.GetJsonAsync("/api/v1/transit/vehicles/e2e-bus-1");
        Assert.Equal("e2e-bus-1", one["id"]!.GetValue<string>());
        Assert.Empty((await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/vehicles?routeId=nowhere"))!);
    }

    [Fact]
    public async Task TrackingApi_UnknownsAndBadQueries_ProblemDetails()
    {
        var missing = await _api.Http.GetAsync(new Uri("/api/v1/transit/vehicles/no-such-bus", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Vehicle not found", (await PolisApi.ReadProblemAsync(missing))["title"]!.GetValue<string>());

        var badLimit = await _api.Http.GetAsync(new Uri("/api/v1/transit/stops/S1/departures?limit=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(badLimit))["errors"]!["limit"]);

        var backwards = await _api.Http.GetAsync(new Uri("/api/v1/transit/predictions/accuracy?from=2026-03-10&to=2026-03-01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        await PolisApi.ReadProblemAsync(backwards);

        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/transit/vehicles", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Accuracy_NoPredictionsScoredYet_FourBucketsWithTheBenchmarkBands()
    {
        var report = await _api.GetJsonAsync("/api/v1/transit/predictions/accuracy?from=2026-03-01&to=2026-03-07&routeId=M");

        var buckets = report["buckets"]!.AsArray();
        Assert.Equal(["0-3", "3-6", "6-10", "10-15"], buckets.Select(b => b!["bucket"]!.GetValue<string>()));
        Assert.Equal([30, 60, 60, 90], buckets.Select(b => b!["allowedEarlySeconds"]!.GetValue<int>()));
        Assert.Equal([90, 150, 210, 270], buckets.Select(b => b!["allowedLateSeconds"]!.GetValue<int>()));
        Assert.All(buckets, b => Assert.Equal(0, b!["count"]!.GetValue<long>()));
        Assert.Equal("2026-03-01", report["from"]!.GetValue<string>());
    }

    private async Task<JsonObject?> FindVehicleAsync(string id) =>
        (await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/vehicles"))!.FirstOrDefault(v => v!["id"]!.GetValue<string>() == id)?.AsObject();
}
