using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

public sealed class DeviceHttpApiTests : IAsyncLifetime
{
    private GatewayHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await GatewayHost.StartAsync();
        _http = _host.Http();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData("telemetry")]
    [InlineData("attributes")]
    public async Task Post_ValidToken_200AndIngested(string kind)
    {
        using var response = await _http.PostAsync($"/api/v1/{FakeDevices.TokenA}/{kind}", Json("""{"t":1}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((FakeDevices.A.DeviceId, kind, """{"t":1}"""), _host.Ingest.Messages.Single());
    }

    [Fact]
    public async Task Post_UnknownToken_401Problem()
    {
        using var response = await _http.PostAsync("/api/v1/unknown/telemetry", Json("{}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_host.Ingest.Messages);
    }

    [Theory]
    [InlineData(RejectionReason.MalformedPayload, HttpStatusCode.BadRequest)]
    [InlineData(RejectionReason.InvalidValue, HttpStatusCode.BadRequest)]
    [InlineData(RejectionReason.OutOfRange, HttpStatusCode.BadRequest)]
    [InlineData(RejectionReason.InvalidTimestamp, HttpStatusCode.BadRequest)]
    [InlineData(RejectionReason.Unavailable, HttpStatusCode.ServiceUnavailable)]
    public async Task Post_IngestRejects_ProblemWithStatusAndDetail(RejectionReason reason, HttpStatusCode expected)
    {
        _host.Ingest.Behavior = (_, _) => Task.FromResult(IngestResult.Reject(reason, "detail for " + reason));

        using var response = await _http.PostAsync($"/api/v1/{FakeDevices.TokenA}/telemetry", Json("{}"));

        Assert.Equal(expected, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("detail for " + reason, problem!.Detail);
        Assert.Equal((int)expected, problem.Status);
    }

    [Fact]
    public async Task Post_RateLimited_429WithRetryAfter()
    {
        _host.Ingest.Behavior = (_, _) => Task.FromResult(IngestResult.Throttled(TimeSpan.FromSeconds(2.5)));

        using var response = await _http.PostAsync($"/api/v1/{FakeDevices.TokenA}/telemetry", Json("{}"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Post_IngestThrows_503()
    {
        _host.Ingest.Behavior = (_, _) => throw new InvalidOperationException("boom");

        using var response = await _http.PostAsync($"/api/v1/{FakeDevices.TokenA}/telemetry", Json("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_413AndNotIngested()
    {
        var body = "{\"x\":\"" + new string('a', GatewayHost.MaxPayloadBytes) + "\"}";

        using var response = await _http.PostAsync($"/api/v1/{FakeDevices.TokenA}/telemetry", Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Ingest.Messages);
        Assert.Contains((FakeDevices.A.DeviceId, RejectionReason.PayloadTooLarge), _host.Ingest.Rejections);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_413()
    {
        var body = new string('a', GatewayHost.MaxPayloadBytes + 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/{FakeDevices.TokenA}/telemetry") { Content = Json(body) };
        request.Headers.TransferEncodingChunked = true; // no Content-Length: the limit must hold while reading

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Ingest.Messages);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
