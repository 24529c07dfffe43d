using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Polis.LoadTest;

/// <summary>
/// Calls through Polis's API: <c>POST /api/v1/devices/{id}/rpc</c> with an operator's bearer token (one login per
/// run). The round trip is HTTP request → HTTP response carrying the device's answer.
/// </summary>
public sealed class PolisRpcCaller(RpcLoadOptions options) : IRpcCaller
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        // HTTP/1.1: one connection per call in flight, kept open for the whole run.
        MaxConnectionsPerServer = options.InFlight,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = options.ApiUrl,
        Timeout = options.CallTimeout + TimeSpan.FromSeconds(10),
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var password = Environment.GetEnvironmentVariable(options.PasswordVariable)
            ?? throw new InvalidOperationException($"Set the admin password in the environment variable {options.PasswordVariable}.");
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["email"] = options.Email, ["password"] = password });
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync(new Uri("/api/v1/auth/login", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"login as {options.Email} failed: {(int)response.StatusCode} {Truncate(text)}");
        }

        using var document = JsonDocument.Parse(text);
        var token = document.RootElement.GetProperty("accessToken").GetString();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public async Task<RpcCallOutcome> CallAsync(string device, long seq, CancellationToken cancellationToken)
    {
        var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"/api/v1/devices/{Uri.EscapeDataString(device)}/rpc"), UriKind.Relative);
        using var content = new ByteArrayContent(RpcJson.ApiRequest(seq, options.CallTimeout));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await _http.PostAsync(uri, content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.GatewayTimeout)
            {
                return RpcCallOutcome.TimedOut;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new RpcCallOutcome(RpcCallStatus.Failed, $"HTTP {(int)response.StatusCode}: {Truncate(Encoding.UTF8.GetString(body))}");
            }

            return RpcJson.ReadInt64(new ReadOnlySequence<byte>(body), "echo") == seq
                ? RpcCallOutcome.Answered
                : new RpcCallOutcome(RpcCallStatus.Mismatch, $"call {seq} to {device} answered {Truncate(Encoding.UTF8.GetString(body))}");
        }
        catch (HttpRequestException ex)
        {
            return new RpcCallOutcome(RpcCallStatus.Failed, $"{ex.GetType().Name}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RpcCallOutcome(RpcCallStatus.TimedOut, "HTTP client timeout");
        }
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
