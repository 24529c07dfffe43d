using System.Net;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Issue 3: FIWARE clients must work against the NGSI-LD API. The real ngsijs client (tests/ngsijs,
/// run with node) talks to the real polis process; readings arrive over real MQTT and notifications
/// reach a real HTTP receiver. The script prints what ngsijs returned as JSON, asserted on here.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class NgsijsInteropTests(PolisFixture fixture) : IDisposable
{
    private const string Aq = "urn:ngsi-ld:AirQualityObserved:";
    private static readonly NodeProject _ngsijs = new("ngsijs", "ngsijs");
    private readonly PolisApi _api = fixture.Api;
    private readonly WebhookReceiver _receiver = WebhookReceiver.Start();

    [NodeFact]
    public async Task Ngsijs_QueriesGetEntityAndTypes_SeeMqttReadingsAsSmartDataModels()
    {
        await PublishAsync(await _api.CreateDeviceAsync("ngsijs-aq-near", "air-quality", "mitte", [13.3777, 52.5163]), """{"pm25":42.5,"humidity":55}""");
        await PublishAsync(await _api.CreateDeviceAsync("ngsijs-aq-far", "air-quality", "mitte", [13.4094, 52.5208]), """{"pm25":12,"humidity":40}""");
        await PublishAsync(await _api.CreateDeviceAsync("ngsijs-spot", "parking-spot", "mitte", [13.39, 52.52]), """{"occupied":true}""");

        // The twin (getEntity) and the telemetry store (queries) both hold the readings once acknowledged;
        // polling only guards against a slow first node start, never asserts timing.
        var r = await Eventually.ReturnsAsync(
            () => RunAsync("query", "--near=ngsijs-aq-near", "--far=ngsijs-aq-far", "--spot=ngsijs-spot"),
            x => x["entity"]?["entity"]?["pm25"] is not null && x["all"]!.AsArray().All(e => e!["pm25"] is not null),
            "ngsijs sees both readings");

        var all = r["all"]!.AsArray();
        Assert.Equal([Aq + "ngsijs-aq-far", Aq + "ngsijs-aq-near"], all.Select(e => (string?)e!["id"]));
        Assert.All(all, e => Assert.Equal("AirQualityObserved", (string?)e!["type"]));
        var near = all[1]!;
        Assert.Equal("Property", (string?)near["pm25"]!["type"]);
        Assert.Equal(42.5, (double)near["pm25"]!["value"]!);
        Assert.Equal(0.55, (double)near["relativeHumidity"]!["value"]!, 6);
        Assert.Equal("GeoProperty", (string?)near["location"]!["type"]);
        Assert.Equal([Aq + "ngsijs-aq-near"], Ids(r["q"]));
        Assert.Equal([Aq + "ngsijs-aq-near"], Ids(r["near"]));
        Assert.Equal([Aq + "ngsijs-aq-far"], Ids(r["within"]));

        // count=true → NGSILD-Results-Count, read by ngsijs; limit/offset page through the two stations.
        var pages = r["pages"]!.AsArray();
        Assert.All(pages, p => Assert.Equal(2, (int)p!["count"]!));
        Assert.Equal([Aq + "ngsijs-aq-far"], Ids(pages[0]!["ids"]));
        Assert.Equal([Aq + "ngsijs-aq-near"], Ids(pages[1]!["ids"]));
        Assert.Equal("application/ld+json", (string?)pages[0]!["format"]);

        var keyValues = r["keyValues"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal([12.0, 42.5], keyValues.Select(e => (double)e["pm25"]!));
        Assert.All(keyValues, e => Assert.Equal("Point", (string?)e["location"]!["type"]));
        Assert.All(keyValues, e => Assert.DoesNotContain("relativeHumidity", e.Select(p => p.Key)));

        var spot = Assert.Single(r["spots"]!.AsArray())!;
        Assert.Equal("ParkingSpot", (string?)spot["type"]);
        Assert.Equal("occupied", (string?)spot["status"]!["value"]);
        Assert.Empty(r["spotsFree"]!.AsArray());

        Assert.Equal(Aq + "ngsijs-aq-near", (string?)r["entity"]!["entity"]!["id"]);
        Assert.Equal(42.5, (double)r["entity"]!["entity"]!["pm25"]!["value"]!);
        Assert.Equal(42.5, (double)r["entityKeyValues"]!["pm25"]!);
        Assert.Null(r["entityKeyValues"]!["relativeHumidity"]);

        Assert.Contains("AirQualityObserved", r["types"]!["typeList"]!.AsArray().Select(t => (string?)t));
        Assert.Contains("ParkingSpot", r["types"]!["typeList"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("EntityTypeInfo", (string?)r["type"]!["type"]);
        Assert.Contains("pm25", r["type"]!["attributeDetails"]!.AsArray().Select(a => (string?)a!["attributeName"]));

        // Polis's NGSI-LD errors come out of ngsijs as its typed errors, details included.
        AssertError(r["notFound"], "NotFoundError", "does not exist");
        AssertError(r["unknownType"], "NotFoundError", "StreetLight");
        AssertError(r["badQ"], "BadRequestError", "Invalid q");
    }

    [NodeFact]
    public async Task Ngsijs_SubscriptionLifecycle_NotifiesReceiverOnMatchingMqttReadingThenDeletes()
    {
        var token = await _api.CreateDeviceAsync("ngsijs-sub-aq", "air-quality", "mitte", [13.38, 52.51]);

        var created = await RunAsync("subscribe", "--aq=ngsijs-sub-aq", "--notify=" + _receiver.Url);
        var id = (string)created["id"]!;
        Assert.StartsWith("urn:ngsi-ld:Subscription:", id, StringComparison.Ordinal); // parsed by ngsijs from Location
        Assert.EndsWith("/" + id, (string?)created["location"], StringComparison.Ordinal);
        AssertError(created["duplicate"], "AlreadyExistsError", null);
        Assert.Equal("active", (string?)created["subscription"]!["status"]);
        Assert.Equal("pm25>50", (string?)created["subscription"]!["q"]);
        Assert.Contains(id, Ids(created["listed"]));
        Assert.True((int)created["count"]! >= 1);
        Assert.Equal("paused", (string?)created["withContext"]!["status"]); // ld+json create, merge-patch update

        await PublishAsync(token, """{"pm25":30}"""); // q does not hold
        await PublishAsync(token, """{"pm25":60}""");

        await Eventually.ReturnsAsync(() => Task.FromResult(_receiver.Received.Count), n => n >= 1, "a notification arrives");
        var notification = Assert.Single(_receiver.Received);
        Assert.Equal(id, (string?)notification["subscriptionId"]);
        var entity = Assert.Single(notification["data"]!.AsArray())!;
        Assert.Equal(Aq + "ngsijs-sub-aq", (string?)entity["id"]);
        Assert.Equal(60.0, (double)entity["pm25"]!);

        var deleted = await RunAsync("unsubscribe", "--subscription=" + id);
        Assert.Empty(deleted["deleted"]!.AsObject());
        AssertError(deleted["getAfterDelete"], "NotFoundError", "does not exist");
        AssertError(deleted["deleteAgain"], "NotFoundError", "does not exist");
        using var gone = await _api.Http.GetAsync(new Uri("/ngsi-ld/v1/subscriptions/" + id, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    public void Dispose() => _receiver.Dispose();

    private static List<string?> Ids(JsonNode? array) => array!.AsArray().Select(i => (string?)i).ToList();

    private static void AssertError(JsonNode? error, string errorClass, string? detail)
    {
        Assert.True(error?["class"] is not null, $"ngsijs did not fail: {error?.ToJsonString()}");
        Assert.Equal(errorClass, (string?)error!["class"]);
        if (detail is not null)
        {
            Assert.Contains(detail, (string?)error!["details"], StringComparison.Ordinal);
        }
    }

    private async Task PublishAsync(string token, string json)
    {
        using var device = await Devices.ConnectAsync(fixture.Polis, token);
        Assert.True((await device.PublishStringAsync("v1/devices/me/telemetry", json, MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
    }

    /// <summary>Runs tests/ngsijs/interop.mjs with node and parses the one JSON object it prints.</summary>
    private async Task<JsonObject> RunAsync(params string[] arguments)
    {
        var environment = new Dictionary<string, string> { ["POLIS_URL"] = fixture.Polis.BaseAddress.ToString(), ["POLIS_TOKEN"] = _api.AccessToken };
        return JsonNode.Parse(await _ngsijs.RunAsync("interop.mjs", environment, arguments))!.AsObject();
    }
}
