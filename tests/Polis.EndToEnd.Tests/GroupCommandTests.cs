using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Group commands through the real process to real MQTT devices: a dry run by district and polygon, paced
/// execution with every device's outcome (answers from connected devices, offline for the silent one),
/// the expected-count guard, cancel, and bad input.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class GroupCommandTests(PolisFixture fixture)
{
    // Around (10.5, 56.5); "grp-far" is in the same district but outside it.
    private static readonly object Square = new { type = "Polygon", coordinates = new[] { new[] { new[] { 10.0, 56.0 }, new[] { 11.0, 56.0 }, new[] { 11.0, 57.0 }, new[] { 10.0, 57.0 }, new[] { 10.0, 56.0 } } } };

    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task DryRunThenExecute_DistrictAndPolygon_OnlyDevicesInsideReachedWithEachOutcome()
    {
        var tokens = new Dictionary<string, string>
        {
            ["grp-lamp-1"] = await _api.CreateDeviceAsync("grp-lamp-1", "generic", "grp-east", [10.2, 56.2]),
            ["grp-lamp-2"] = await _api.CreateDeviceAsync("grp-lamp-2", "generic", "grp-east", [10.8, 56.9]),
            ["grp-lamp-3"] = await _api.CreateDeviceAsync("grp-lamp-3", "generic", "grp-east", [10.5, 56.5]),
        };
        await _api.CreateDeviceAsync("grp-far", "generic", "grp-east", [12.0, 56.5]);
        await _api.CreateDeviceAsync("grp-west", "generic", "grp-west", [10.5, 56.5]);
        using var lamp1 = await AnsweringDeviceAsync(tokens["grp-lamp-1"]);
        using var lamp2 = await AnsweringDeviceAsync(tokens["grp-lamp-2"]); // grp-lamp-3 stays offline

        var body = new { target = new { district = "grp-east", polygon = Square }, command = new { method = "setLevel", @params = new { level = 30 }, timeout = 5000 }, ratePerSecond = 20 };
        var dryRun = await PostAsync(new { body.target, body.command, dryRun = true });
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        var plan = (await dryRun.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(3, plan["count"]!.GetValue<int>());
        Assert.Equal(["grp-lamp-1", "grp-lamp-2", "grp-lamp-3"], plan["devices"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ToArray());
        Assert.False(plan["devices"]![2]!["connected"]!.GetValue<bool>());

        var stale = await PostAsync(new { body.target, body.command, body.ratePerSecond, expectedCount = 2 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode); // the selection is not what was reviewed: nothing sent

        var started = await PostAsync(new { body.target, body.command, body.ratePerSecond, expectedCount = 3 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var done = await Eventually.ReturnsAsync(() => _api.GetJsonAsync(location), g => g["status"]!.GetValue<string>() == "completed", "the group command completes");

        var outcomes = done["devices"]!.AsArray().ToDictionary(d => d!["deviceId"]!.GetValue<string>(), d => d!.AsObject());
        Assert.Equal(["grp-lamp-1", "grp-lamp-2", "grp-lamp-3"], outcomes.Keys.Order().ToArray());
        Assert.Equal("successful", outcomes["grp-lamp-1"]["status"]!.GetValue<string>());
        Assert.Equal(30, outcomes["grp-lamp-2"]["response"]!["level"]!.GetValue<int>());
        Assert.Equal("offline", outcomes["grp-lamp-3"]["status"]!.GetValue<string>());
        Assert.Equal(2, done["counts"]!["successful"]!.GetValue<int>());
        Assert.Equal(PolisProcess.AdminEmail, done["createdBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_SlowGroup_StopsAndMarksTheRestCancelled()
    {
        for (var i = 1; i <= 4; i++)
        {
            await _api.CreateDeviceAsync($"grp-slow-{i}", "generic", labels: ["grp-slow"]);
        }

        var started = await PostAsync(new { target = new { label = "grp-slow" }, command = new { method = "reboot", oneway = true }, ratePerSecond = 0.2 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var cancelled = await _api.Http.PostAsync(new Uri(location + "/cancel", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var group = await Eventually.ReturnsAsync(() => _api.GetJsonAsync(location), g => g["status"]!.GetValue<string>() == "cancelled", "the group is cancelled");
        Assert.True(group["counts"]!["cancelled"]!.GetValue<int>() >= 3); // at 1 device per 5 s, at most the first was reached
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Http.PostAsync(new Uri(location + "/cancel", UriKind.Relative), null)).StatusCode);
    }

    [Theory]
    [InlineData("""{"command":{"method":"x"}}""", "target")]
    [InlineData("""{"target":{"district":"grp-east"},"command":{}}""", "command.method")]
    [InlineData("""{"target":{"district":"grp-east"},"command":{"method":"x"},"ratePerSecond":100000}""", "ratePerSecond")]
    [InlineData("""{"target":{"polygon":{"type":"Polygon","coordinates":[[[10,56],[11,56],[10,56]]]}},"command":{"method":"x"}}""", "target.polygon")]
    public async Task Create_BadRequest_ValidationProblemNamesTheField(string json, string field)
    {
        var response = await _api.Http.PostAsync(new Uri("/api/v1/commands/groups", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await PolisApi.ReadProblemAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/commands/groups?limit=500"))["items"]!.AsArray().Count(g => g!["method"]!.GetValue<string>() == "x"));
    }

    [Fact]
    public async Task WrongProfile_SingleAndGroupCommand_RefusedNamingTheProfilesCommands()
    {
        await _api.CreateDeviceAsync("grp-aq", "air-quality", "grp-mixed");
        await _api.CreateDeviceAsync("grp-controller", "building-controller", "grp-mixed");

        var single = await _api.Http.PostAsJsonAsync("/api/v1/devices/grp-aq/rpc", new { method = "setLighting", @params = new { level = 10 } });
        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        Assert.Contains("have no command 'setLighting'", (await PolisApi.ReadProblemAsync(single))["errors"]!["method"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var group = await PostAsync(new { target = new { district = "grp-mixed" }, command = new { method = "setLighting", @params = new { level = 10 } }, dryRun = true });
        Assert.Equal(HttpStatusCode.BadRequest, group.StatusCode);
        var problem = (await PolisApi.ReadProblemAsync(group))["errors"]!["command.method"]![0]!.GetValue<string>();
        Assert.Contains("profile 'air-quality'", problem, StringComparison.Ordinal);

        var narrowed = await PostAsync(new { target = new { district = "grp-mixed", profileId = "building-controller" }, command = new { method = "setLighting", @params = new { level = 10 } }, dryRun = true });
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        var profile = await _api.GetJsonAsync("/api/v1/device-profiles/building-controller");
        Assert.Contains(profile["commands"]!.AsArray(), c => c!["method"]!.GetValue<string>() == "setLighting");
    }

    private Task<HttpResponseMessage> PostAsync(object body) => _api.Http.PostAsJsonAsync("/api/v1/commands/groups", body);

    /// <summary>A device that answers every RPC request with its params, as firmware would acknowledge a setting.</summary>
    private async Task<IMqttClient> AnsweringDeviceAsync(string token)
    {
        var device = await Devices.ConnectAsync(fixture.Polis, token);
        device.ApplicationMessageReceivedAsync += async e =>
        {
            var requestId = e.ApplicationMessage.Topic.Split('/')[^1];
            var request = JsonNode.Parse(Encoding.UTF8.GetString(e.ApplicationMessage.Payload))!;
            await device.PublishStringAsync($"v1/devices/me/rpc/response/{requestId}", request["params"]!.ToJsonString(), MqttQualityOfServiceLevel.AtLeastOnce);
        };
        await device.SubscribeAsync("v1/devices/me/rpc/request/+", MqttQualityOfServiceLevel.AtLeastOnce);
        return device;
    }
}
