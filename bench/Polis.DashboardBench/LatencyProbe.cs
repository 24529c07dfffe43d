using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using MQTTnet;
using MQTTnet.Protocol;

namespace Polis.DashboardBench;

/// <summary>
/// Update latency as an operator sees it: a probe bus registered for the run reports a new position over real MQTT
/// (QoS 1, over WebSockets), and the open map page notes, on the first animation frame that shows the probe's
/// marker at the new place, the wall-clock time. Browser and bench share the machine's clock, so the difference is
/// publish → pixels: ingest, the twin (city map) or the tracker (transit map), the live push or poll (about once a
/// second), the circuit and the canvas.
/// </summary>
internal sealed class LatencyProbe(BenchOptions options, MapProbe probe)
{
    public async Task<List<double>> MeasureAsync(IPage map, int samples)
    {
        using var http = await BenchClient.SignInAsync(options);
        var (token, probeLatitude, probeLongitude) = await RegisterAsync(http);
        using var device = await BenchClient.ConnectDeviceAsync(options, token, probe.ProbeId);

        // The page must know the probe: one report where it stands, a reload, then wait for its marker.
        await PublishAsync(device, probeLatitude, probeLongitude);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await map.ReloadAsync();
        await map.WaitForFunctionAsync(probe.KnownScript, probe.ProbeId, new() { Timeout = 120_000 });

        var latencies = new List<double>();
        for (var i = 1; i <= samples; i++)
        {
            var latitude = Math.Round(probeLatitude + (i % 2 == 0 ? probe.StepDegrees : -probe.StepDegrees) + (i * 1e-6), 6);
            var seen = map.EvaluateAsync<double>(probe.WaitScript, new object[] { probe.ProbeId, latitude });
            var sentAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await PublishAsync(device, latitude, probeLongitude);
            latencies.Add(Math.Round(await seen - sentAt, 1));
            await Task.Delay(TimeSpan.FromSeconds(1.5));
        }

        await http.DeleteAsync(new Uri($"/api/v1/devices/{probe.ProbeId}", UriKind.Relative));
        return latencies;
    }

    private static Task<MqttClientPublishResult> PublishAsync(IMqttClient device, double latitude, double longitude) =>
        device.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry")
            .WithPayload($$"""{"latitude": {{latitude.ToString(CultureInfo.InvariantCulture)}}, "longitude": {{longitude.ToString(CultureInfo.InvariantCulture)}}}""")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

    /// <summary>Registers the probe bus where the city's first device stands, so it is on the map's screen.</summary>
    private async Task<(string Token, double Latitude, double Longitude)> RegisterAsync(HttpClient http)
    {
        await http.DeleteAsync(new Uri($"/api/v1/devices/{probe.ProbeId}", UriKind.Relative)); // a previous run's probe
        var first = (await http.GetFromJsonAsync<JsonObject>("/api/v1/devices?label=simulated&limit=1"))!["items"]![0]!["location"]!["coordinates"]!.AsArray();
        var (longitude, latitude) = (first[0]!.GetValue<double>(), first[1]!.GetValue<double>());
        using var created = await http.PostAsJsonAsync("/api/v1/devices", new
        {
            id = probe.ProbeId,
            profileId = "bus",
            name = "Dashboard bench probe",
            location = new { type = "Point", coordinates = new[] { longitude, latitude } },
        });
        var body = await created.Content.ReadAsStringAsync();
        return created.IsSuccessStatusCode
            ? (JsonNode.Parse(body)!["accessToken"]!.GetValue<string>(), latitude, longitude)
            : throw new InvalidOperationException($"Could not register the probe: {(int)created.StatusCode} {body}");
    }
}
