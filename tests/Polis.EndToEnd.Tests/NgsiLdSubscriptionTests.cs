using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// NGSI-LD subscriptions through the real polis process: readings arrive over real MQTT, notifications
/// are POSTed to a real HTTP receiver (HttpListener on loopback) started by the test.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class NgsiLdSubscriptionTests(PolisFixture fixture) : IDisposable
{
    private const string Route = "/ngsi-ld/v1/subscriptions";
    private readonly PolisApi _api = fixture.Api;
    private readonly Receiver _receiver = Receiver.Start();

    [Fact]
    public async Task Subscription_WatchedAttributeAndQ_KeyValuesNotificationOnlyForMatchingMqttReading()
    {
        var token = await _api.CreateDeviceAsync("sub-aq-1", "air-quality", "ngsi", [13.3777, 52.5163]);
        var id = await SubscribeAsync("urn:ngsi-ld:AirQualityObserved:sub-aq-1", "pm25", "pm25>40", "keyValues");

        using (var device = await Devices.ConnectAsync(fixture.Polis, token))
        {
            await PublishAsync(device, """{"pm25":12}"""); // q does not hold
            await PublishAsync(device, """{"no2":80}"""); // not a watched attribute
            await PublishAsync(device, """{"pm25":55.5}""");
        }

        // One reader matches readings in order, so a notification for either earlier reading would come first.
        var notification = await _receiver.NextAsync();
        Assert.Equal(id, (string?)notification["subscriptionId"]);
        Assert.Equal("Notification", (string?)notification["type"]);
        Assert.Contains("ngsi-ld-core-context", (string?)notification[Receiver.LinkMember], StringComparison.Ordinal); // application/json: context in Link
        Assert.False(notification.ContainsKey("@context"));
        var entity = Assert.Single(notification["data"]!.AsArray())!;
        Assert.Equal("urn:ngsi-ld:AirQualityObserved:sub-aq-1", (string?)entity["id"]);
        Assert.Equal(55.5, (double)entity["pm25"]!); // keyValues: the value itself, not a Property object

        var fetched = await Eventually.ReturnsAsync(() => _api.GetJsonAsync(Route + "/" + id), s => (long?)s["notification"]?["timesSent"] == 1, "timesSent is 1");
        Assert.Equal("active", (string?)fetched["status"]);
        Assert.Equal("ok", (string?)fetched["notification"]!["status"]);
        Assert.NotNull(fetched["notification"]!["lastSuccess"]);
        var list = JsonNode.Parse(await _api.Http.GetStringAsync(new Uri(Route + "?limit=1000", UriKind.Relative)))!.AsArray();
        Assert.Contains(list, s => (string?)s!["id"] == id && (long?)s["notification"]!["timesSent"] == 1);
    }

    [Fact]
    public async Task Subscription_Deleted_NoMoreNotifications()
    {
        var token = await _api.CreateDeviceAsync("sub-aq-2", "air-quality", "ngsi", [13.4094, 52.5208]);
        var deleted = await SubscribeAsync("urn:ngsi-ld:AirQualityObserved:sub-aq-2", "pm25", null, "normalized");
        var control = await SubscribeAsync("urn:ngsi-ld:AirQualityObserved:sub-aq-2", "no2", null, "normalized");
        using var device = await Devices.ConnectAsync(fixture.Polis, token);
        await PublishAsync(device, """{"pm25":20}""");
        var before = await _receiver.NextAsync();
        Assert.Equal(deleted, (string?)before["subscriptionId"]);
        Assert.Equal("Property", (string?)before["data"]![0]!["pm25"]!["type"]);

        using var response = await _api.Http.DeleteAsync(new Uri(Route + "/" + deleted, UriKind.Relative));
        await PublishAsync(device, """{"pm25":21}""");
        await PublishAsync(device, """{"no2":30}""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = await _receiver.NextAsync();
        Assert.Equal(control, (string?)after["subscriptionId"]);
        using var gone = await _api.Http.GetAsync(new Uri(Route + "/" + deleted, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Subscription_BadBody_NgsiLdErrorFormat()
    {
        var body = Body("urn:ngsi-ld:AirQualityObserved:x", "pm25", null, "normalized");
        body["notification"]!["endpoint"]!["uri"] = "ftp://files.example/drop";

        using var badEndpoint = await _api.Http.PostAsJsonAsync(Route, body);
        using var badJson = await _api.Http.PostAsync(new Uri(Route, UriKind.Relative), new StringContent("{\"type\":\"Subscription\",", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, badEndpoint.StatusCode);
        var error = JsonNode.Parse(await badEndpoint.Content.ReadAsStringAsync())!;
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/BadRequestData", (string?)error["type"]);
        Assert.Contains("http or https", (string?)error["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/InvalidRequest", (string?)JsonNode.Parse(await badJson.Content.ReadAsStringAsync())!["type"]);
    }

    public void Dispose() => _receiver.Dispose();

    private async Task<string> SubscribeAsync(string entityId, string watched, string? q, string format)
    {
        using var response = await _api.Http.PostAsJsonAsync(Route, Body(entityId, watched, q, format));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        return location[(location.LastIndexOf('/') + 1)..];
    }

    private JsonObject Body(string entityId, string watched, string? q, string format)
    {
        var body = new JsonObject
        {
            ["type"] = "Subscription",
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "AirQualityObserved", ["id"] = entityId }),
            ["watchedAttributes"] = new JsonArray(watched),
            ["notification"] = new JsonObject
            {
                ["format"] = format,
                ["endpoint"] = new JsonObject { ["uri"] = _receiver.Endpoint.ToString(), ["accept"] = "application/json" },
            },
        };
        if (q is not null)
        {
            body["q"] = q;
        }

        return body;
    }

    private static async Task PublishAsync(IMqttClient device, string json) =>
        Assert.True((await device.PublishStringAsync("v1/devices/me/telemetry", json, MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);

    /// <summary>Records every POSTed notification body; answers 204.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Channel<JsonObject> _bodies = Channel.CreateUnbounded<JsonObject>();

        private Receiver(int port)
        {
            Endpoint = new Uri($"http://127.0.0.1:{port}/notify");
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        }

        /// <summary>Where the receiver puts the request's Link header in the recorded body.</summary>
        public const string LinkMember = "test:linkHeader";

        public Uri Endpoint { get; }

        public static Receiver Start()
        {
            var receiver = new Receiver(FreePorts.Next());
            receiver._listener.Start();
            _ = receiver.ListenAsync();
            return receiver;
        }

        public async Task<JsonObject> NextAsync() => await _bodies.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        public void Dispose() => _listener.Close();

        private async Task ListenAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
                    body[LinkMember] = context.Request.Headers["Link"];
                    await _bodies.Writer.WriteAsync(body);
                }

                context.Response.StatusCode = 204;
                context.Response.Close();
            }
        }
    }
}
