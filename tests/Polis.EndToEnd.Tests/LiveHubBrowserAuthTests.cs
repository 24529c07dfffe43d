using System.Net;
using System.Net.WebSockets;
using System.Text;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// The live hub as a browser reaches it: a bare WebSocket with the token in ?access_token= (browsers cannot set
/// headers on WebSockets), the SignalR JSON handshake over it; without a token the upgrade is refused.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class LiveHubBrowserAuthTests(PolisFixture fixture)
{
    private const char RecordSeparator = '\u001e';

    [Fact]
    public async Task WebSocket_TokenInQueryString_HandshakeAccepted()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(HubUri($"?access_token={Uri.EscapeDataString(fixture.Api.AccessToken)}"), CancellationToken.None);

        await socket.SendAsync(Encoding.UTF8.GetBytes($"{{\"protocol\":\"json\",\"version\":1}}{RecordSeparator}"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal($"{{}}{RecordSeparator}", Encoding.UTF8.GetString(buffer, 0, received.Count)); // an empty handshake response: no error
    }

    [Theory]
    [InlineData("")]
    [InlineData("?access_token=not-a-token")]
    public async Task WebSocket_NoOrBadToken_UpgradeRefusedWith401(string query)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(HubUri(query), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }

    [Fact]
    public async Task RestApi_TokenInQueryString_NotAccepted()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        var response = await anonymous.GetAsync(new Uri($"/api/v1/devices?access_token={Uri.EscapeDataString(fixture.Api.AccessToken)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private Uri HubUri(string query) => new($"ws://127.0.0.1:{fixture.Polis.HttpPort}/hubs/live{query}");
}
