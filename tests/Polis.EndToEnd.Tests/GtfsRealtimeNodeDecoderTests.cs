using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;
using Polis.Transit.Realtime.Protobuf;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Issue 5: an independent decoder. MobilityData's gtfs-realtime-bindings (protobuf.js, tests/gtfsrt-node) reads
/// Polis's served feeds, once fetching them itself as a rider's app would and once from the exact bytes that
/// Google.Protobuf decoded here, and must find the same content.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class GtfsRealtimeNodeDecoderTests(PolisFixture fixture)
{
    private static readonly NodeProject _decoder = new("gtfsrt-node", "gtfs-realtime-bindings");

    [NodeFact]
    public async Task NodeBindings_DecodeServedFeeds_SameContentAsGoogleProtobuf()
    {
        var created = await fixture.Api.Http.PostAsJsonAsync("/api/v1/transit/alerts", TransitAlertApiTests.RouteTypeAlert("Node decoder check"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var bytes = await Eventually.ReturnsAsync(
            () => fixture.Api.Http.GetByteArrayAsync(new Uri("/gtfs-rt/alerts", UriKind.Relative)),
            b => FeedMessage.Parser.ParseFrom(b).Entity.Any(e => e.Id == id), "the alert is in the feed");
        var file = Path.Combine(Path.GetTempPath(), $"polis-alerts-{Guid.NewGuid():N}.pb");
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            var urls = new[] { "vehicle-positions", "trip-updates", "alerts" }.Select(f => new Uri(fixture.Polis.BaseAddress, $"/gtfs-rt/{f}").ToString()).ToArray();
            var decoded = JsonNode.Parse(await _decoder.RunAsync("decode.mjs", new Dictionary<string, string>(), [file, .. urls]))!.AsObject();

            foreach (var url in urls)
            {
                var served = decoded[url]!;
                Assert.Equal(200, (int)served["status"]!);
                Assert.Equal("application/x-protobuf", (string?)served["contentType"]);
                Assert.Null((string?)served["verifyError"]);
                Assert.Equal(("2.0", "FULL_DATASET"), ((string?)served["feed"]!["header"]!["gtfsRealtimeVersion"], (string?)served["feed"]!["header"]!["incrementality"]));
            }

            AssertSame(FeedMessage.Parser.ParseFrom(bytes), decoded[file]!["feed"]!, id);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertSame(FeedMessage expected, JsonNode actual, string alertId)
    {
        Assert.Equal(expected.Header.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)actual["header"]!["timestamp"]);
        var entities = actual["entity"]!.AsArray();
        Assert.Equal(expected.Entity.Select(e => e.Id), entities.Select(e => (string?)e!["id"]));
        var alert = expected.Entity.Single(e => e.Id == alertId).Alert;
        var node = entities.Single(e => (string?)e!["id"] == alertId)!["alert"]!;
        Assert.Equal(("MAINTENANCE", "REDUCED_SERVICE", "WARNING"), ((string?)node["cause"], (string?)node["effect"], (string?)node["severityLevel"]));
        Assert.Equal(alert.HeaderText.Translation.Select(t => (t.Text, t.Language)),
            node["headerText"]!["translation"]!.AsArray().Select(t => ((string?)t!["text"] ?? string.Empty, (string?)t["language"] ?? string.Empty)));
        Assert.Equal(alert.DescriptionText.Translation[0].Text, (string?)node["descriptionText"]!["translation"]![0]!["text"]);
        Assert.Equal(0, (int)node["informedEntity"]![0]!["routeType"]!);
        Assert.Equal(alert.ActivePeriod[0].Start.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)node["activePeriod"]![0]!["start"]);
        Assert.Equal(alert.ActivePeriod[0].End.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)node["activePeriod"]![0]!["end"]);
    }
}
