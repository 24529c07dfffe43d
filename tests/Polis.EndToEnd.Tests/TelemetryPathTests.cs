using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>Provision → connect over real MQTT → publish → twin → history → rollups, against the real process.</summary>
[Collection(SharedPolis.Name)]
public sealed class TelemetryPathTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task PublishOverMqtt_AllThingsBoardShapes_TwinAndHistoryShowReadings()
    {
        var token = await _api.CreateDeviceAsync("meter-shapes", "electricity-meter", "north");
        using var client = await Devices.ConnectAsync(fixture.Polis, token);
        var t0 = Devices.Now() - 60_000;

        var plain = await client.PublishStringAsync("v1/devices/me/telemetry", """{"power":1.5,"voltage":231}""", MqttQualityOfServiceLevel.AtLeastOnce);
        var stamped = await client.PublishStringAsync("v1/devices/me/telemetry", $$$"""{"ts":{{{t0}}},"values":{"energy":100.25}}""", MqttQualityOfServiceLevel.AtLeastOnce);
        var array = await client.PublishStringAsync("v1/devices/me/telemetry", $$$"""[{"ts":{{{t0 + 1000}}},"values":{"energy":100.5}},{"ts":{{{t0 + 2000}}},"values":{"energy":100.75,"tamper":true}}]""", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.All([plain, stamped, array], r => Assert.Equal(MqttClientPublishReasonCode.Success, r.ReasonCode));
        var device = await _api.GetJsonAsync("/api/v1/devices/meter-shapes");
        var latest = device["twin"]!["latest"]!;
        Assert.Equal(1.5, latest["power"]!["value"]!.GetValue<double>());
        Assert.Equal(100.75, latest["energy"]!["value"]!.GetValue<double>());
        Assert.Equal(t0 + 2000, latest["energy"]!["ts"]!.GetValue<long>());
        Assert.True(latest["tamper"]!["value"]!.GetValue<bool>());
        Assert.True(device["twin"]!["connectivity"]!["online"]!.GetValue<bool>());
        Assert.True(device["twin"]!["connectivity"]!["connected"]!.GetValue<bool>());

        var energy = await _api.GetRawAsync("meter-shapes", "energy", t0 - 1, Devices.Now() + 1);
        Assert.Equal([(t0, 100.25), (t0 + 1000, 100.5), (t0 + 2000, 100.75)], energy);
    }

    [Fact]
    public async Task Rollups_ReadingsAcrossBuckets_EqualAggregatesOfRawPoints()
    {
        var token = await _api.CreateDeviceAsync("rollup-sensor", "generic");
        using var client = await Devices.ConnectAsync(fixture.Polis, token);
        var start = (Devices.Now() - (3 * 3_600_000)) / 3_600_000 * 3_600_000; // three hours ago, on the hour
        var random = new Random(42);
        var points = Enumerable.Range(0, 400).Select(i => (Ts: start + (i * 27_000L) + random.Next(0, 1000), Value: Math.Round(random.NextDouble() * 100, 3))).ToList();
        foreach (var chunk in points.Chunk(50))
        {
            var payload = new JsonArray(chunk.Select(p => (JsonNode)new JsonObject { ["ts"] = p.Ts, ["values"] = new JsonObject { ["level"] = p.Value } }).ToArray());
            var result = await client.PublishStringAsync("v1/devices/me/telemetry", payload.ToJsonString(), MqttQualityOfServiceLevel.AtLeastOnce);
            Assert.Equal(MqttClientPublishReasonCode.Success, result.ReasonCode);
        }

        var to = start + (4 * 3_600_000);
        foreach (var (interval, intervalMs, source) in new[] { ("1m", 60_000L, "minute"), ("15m", 900_000L, "minute"), ("1h", 3_600_000L, "hour") })
        {
            foreach (var agg in new[] { "sum", "count", "min", "max", "avg", "last" })
            {
                var json = await _api.GetJsonAsync($"/api/v1/devices/rollup-sensor/telemetry?keys=level&from={start}&to={to}&interval={interval}&agg={agg}");
                Assert.Equal(source, json["source"]!.GetValue<string>());
                var actual = json["series"]!["level"]!.AsArray().ToDictionary(b => b!["ts"]!.GetValue<long>(), b => b!["value"]!.GetValue<double>());
                var expected = points.GroupBy(p => p.Ts / intervalMs * intervalMs).ToDictionary(g => g.Key, g => Expected(g.ToList(), agg));
                Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
                foreach (var (bucket, value) in expected)
                {
                    Assert.Equal(value, actual[bucket], 6);
                }
            }
        }
    }

    [Fact]
    public async Task LatestAndAggregate_ManyDevices_AnsweredInOneCall()
    {
        var hour = (Devices.Now() - 7_200_000) / 3_600_000 * 3_600_000;
        foreach (var (id, district, kwh) in new[] { ("agg-a", "harbour", 2.0), ("agg-b", "harbour", 3.0), ("agg-c", "hills", 5.0) })
        {
            var token = await _api.CreateDeviceAsync(id, "electricity-meter", district, labels: ["agg-test"]);
            using var client = await Devices.ConnectAsync(fixture.Polis, token);
            var payload = $$$"""[{"ts":{{{hour + 60_000}}},"values":{"power":{{{kwh}}}}},{"ts":{{{hour + 120_000}}},"values":{"power":{{{kwh}}}}}]""";
            Assert.True((await client.PublishStringAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
        }

        var latest = await _api.GetJsonAsync("/api/v1/telemetry/latest?label=agg-test&keys=power");
        Assert.Equal(3, latest.Count);
        Assert.Equal(5.0, latest["agg-c"]!["power"]!["value"]!.GetValue<double>());

        var byDistrict = await _api.GetJsonAsync($"/api/v1/telemetry/aggregate?key=power&label=agg-test&from={hour}&to={hour + 3_600_000}&interval=1h&agg=sum&groupBy=district");
        var groups = byDistrict["groups"]!.AsArray().ToDictionary(g => g!["district"]!.GetValue<string>(), g => g!["buckets"]!.AsArray().Single()!["value"]!.GetValue<double>());
        Assert.Equal(10.0, groups["harbour"]);
        Assert.Equal(10.0, groups["hills"]);
        Assert.Equal("hour", byDistrict["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpDeviceApi_TelemetryAndAttributes_ReachTwin()
    {
        var token = await _api.CreateDeviceAsync("http-device", "air-quality");
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };

        var telemetry = await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent("""{"pm25":17.5}"""));
        var attributes = await anonymous.PostAsync(new Uri($"/api/v1/{token}/attributes", UriKind.Relative), new StringContent("""{"firmware":"2.1.0","sensors":{"pm":true}}"""));

        Assert.Equal(System.Net.HttpStatusCode.OK, telemetry.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, attributes.StatusCode);
        var twin = (await _api.GetJsonAsync("/api/v1/devices/http-device"))["twin"]!;
        Assert.Equal(17.5, twin["latest"]!["pm25"]!["value"]!.GetValue<double>());
        Assert.Equal("2.1.0", twin["clientAttributes"]!["firmware"]!["value"]!.GetValue<string>());
        Assert.True(twin["clientAttributes"]!["sensors"]!["value"]!["pm"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ServerAttributes_SetThroughApi_ShownInTwin()
    {
        await _api.CreateDeviceAsync("attr-device", "building-controller");

        var response = await _api.Http.PostAsync(new Uri("/api/v1/devices/attr-device/attributes/server", UriKind.Relative),
            new StringContent("""{"setpoint":21,"mode":"eco"}""", System.Text.Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        var server = (await _api.GetJsonAsync("/api/v1/devices/attr-device"))["twin"]!["serverAttributes"]!;
        Assert.Equal(21, server["setpoint"]!["value"]!.GetValue<int>());
        Assert.Equal("eco", server["mode"]!["value"]!.GetValue<string>());
    }

    private static double Expected(List<(long Ts, double Value)> bucket, string agg) => agg switch
    {
        "sum" => bucket.Sum(p => p.Value),
        "count" => bucket.Count,
        "min" => bucket.Min(p => p.Value),
        "max" => bucket.Max(p => p.Value),
        "avg" => bucket.Average(p => p.Value),
        _ => bucket.MaxBy(p => p.Ts).Value,
    };
}
