using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MQTTnet;

namespace Polis.DashboardBench;

/// <summary>What the bench's own devices and API calls share: an operator's API client and device connections.</summary>
internal static class BenchClient
{
    /// <summary>An HTTP client on the polis under test, signed in with the bench's account.</summary>
    public static async Task<HttpClient> SignInAsync(BenchOptions options)
    {
        var http = new HttpClient { BaseAddress = options.Url };
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = options.Email, password = options.Password });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());
        return http;
    }

    /// <summary>
    /// A device connection over MQTT-over-WebSockets (/mqtt on the HTTP port): with a city at the TCP listener's
    /// connection cap, a TCP client would wait behind the devices refused there.
    /// </summary>
    public static async Task<IMqttClient> ConnectDeviceAsync(BenchOptions options, string token, string clientId)
    {
        var webSocket = new UriBuilder(options.Url) { Scheme = options.Url.Scheme == "https" ? "wss" : "ws", Path = "/mqtt" }.Uri.ToString();
        var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithWebSocketServer(o => o.WithUri(webSocket))
            .WithCredentials(token).WithClientId(clientId)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build());
        return client;
    }
}
