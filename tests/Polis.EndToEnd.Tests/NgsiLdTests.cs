using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>NGSI-LD reads through the real polis process: devices appear as Smart Data Models entities.</summary>
[Collection(SharedPolis.Name)]
public sealed class NgsiLdTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task Entities_QueryAndGeo_ReturnAirQualityObservedFromLiveReadings()
    {
        var token = await _api.CreateDeviceAsync("ngsi-aq-1", "air-quality", "ngsi", [13.3777, 52.5163]);
        await _api.CreateDeviceAsync("ngsi-aq-2", "air-quality", "ngsi", [13.4094, 52.5208]);
        using (var device = await Devices.ConnectAsync(fixture.Polis, token))
        {
            Assert.True((await device.PublishStringAsync("v1/devices/me/telemetry", """{"pm25":42.5}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/ngsi-ld/v1/entities?type=AirQualityObserved&q=pm25>40&georel=near;maxDistance==500&geometry=Point&coordinates=[13.3777,52.5163]", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
        var response = await _api.Http.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var entity = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Single()!;
        Assert.Equal("urn:ngsi-ld:AirQualityObserved:ngsi-aq-1", entity["id"]!.GetValue<string>());
        Assert.Equal("Property", entity["pm25"]!["type"]!.GetValue<string>());
        Assert.Equal(42.5, entity["pm25"]!["value"]!.GetValue<double>());
        Assert.NotNull(entity["@context"]);
    }

    [Fact]
    public async Task Entities_MalformedQ_NgsiLdBadRequestData()
    {
        var response = await _api.Http.GetAsync(new Uri("/ngsi-ld/v1/entities?type=Device&q=pm25>>", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/BadRequestData", error["type"]!.GetValue<string>());
    }
}
