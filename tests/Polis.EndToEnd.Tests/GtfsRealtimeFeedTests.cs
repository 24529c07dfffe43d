using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Polis.EndToEnd.Tests.Infrastructure;
using Polis.Transit.Realtime.Protobuf;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Issue 5: the public GTFS-Realtime feeds of the real polis process, fetched anonymously as a rider's app would.
/// Whatever the shared process holds (other tests' alerts, or none), each answer is a valid 2.0 feed.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class GtfsRealtimeFeedTests(PolisFixture fixture) : IDisposable
{
    private readonly HttpClient _anonymous = new() { BaseAddress = fixture.Polis.BaseAddress };

    public void Dispose() => _anonymous.Dispose();

    [Theory]
    [InlineData("/gtfs-rt/vehicle-positions")]
    [InlineData("/gtfs-rt/trip-updates")]
    [InlineData("/gtfs-rt/alerts")]
    public async Task Feed_Anonymous_ValidProtobufWithCachingHeadersAndTheSameMessageAsJson(string path)
    {
        using var response = await _anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge: not null }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.NotNull(response.Headers.ETag);
        var feed = FeedMessage.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("2.0", feed.Header.GtfsRealtimeVersion);
        Assert.True(feed.Header.HasIncrementality);
        Assert.Equal(FeedHeader.Types.Incrementality.FullDataset, feed.Header.Incrementality);
        Assert.InRange(feed.Header.Timestamp, 1_700_000_000UL, (ulong)DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds()); // seconds, not ms
        using var json = await _anonymous.GetAsync(new Uri(path + "?format=json", UriKind.Relative));
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        var parsed = JsonParser.Default.Parse<FeedMessage>(await json.Content.ReadAsStringAsync());
        Assert.Equal("2.0", parsed.Header.GtfsRealtimeVersion);
        Assert.Equal(FeedHeader.Types.Incrementality.FullDataset, parsed.Header.Incrementality);
        Assert.True(parsed.Header.Timestamp >= feed.Header.Timestamp);
    }

    [Fact]
    public async Task Feed_PolledWithItsETag_NotModifiedUntilTheNextBuild()
    {
        // Builds happen at most once a second, so a conditional poll right after the first usually hits the same
        // build; when it straddles a new build it gets 200 and the pair is tried again (bounded).
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var first = await _anonymous.GetAsync(new Uri("/gtfs-rt/vehicle-positions", UriKind.Relative));
            using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri("/gtfs-rt/vehicle-positions", UriKind.Relative));
            conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var second = await _anonymous.SendAsync(conditional);
            if (second.StatusCode == HttpStatusCode.NotModified)
            {
                Assert.Empty(await second.Content.ReadAsByteArrayAsync());
                return;
            }

            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        }

        Assert.Fail("every conditional poll straddled a new build");
    }

    [Fact]
    public async Task Feed_UnknownFormat_ProblemDetails()
    {
        using var response = await _anonymous.GetAsync(new Uri("/gtfs-rt/alerts?format=xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("json", (string?)(await PolisApi.ReadProblemAsync(response))["detail"], StringComparison.Ordinal);
    }
}
