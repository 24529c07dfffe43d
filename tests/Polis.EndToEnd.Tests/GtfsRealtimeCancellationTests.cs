using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;
using Polis.Transit.Realtime.Protobuf;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Issue 5 with an active GTFS feed, in a polis process of its own (the feed must not leak into the shared one):
/// an operator cancels tomorrow's run of T1, and the public feeds show it as a CANCELED trip update and a
/// NO_SERVICE alert on that trip until the cancellation is withdrawn; alerts' ids are checked against the feed.
/// </summary>
public sealed class GtfsRealtimeCancellationTests : IAsyncLifetime
{
    private PolisProcess _polis = null!;
    private PolisApi _api = null!;

    public async Task InitializeAsync()
    {
        _polis = await PolisProcess.StartAsync();
        _api = await PolisApi.SignInAsync(_polis);
        await TransitFeeds.ImportAsync(_api);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _polis.DisposeAsync();
    }

    [Fact]
    public async Task Cancellation_ShownAsCanceledTripUpdateAndNoServiceAlert_UntilWithdrawn()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var request = new { tripId = "T1", serviceDate = tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = "No driver available" };
        var created = await Eventually.ReturnsAsync(() => _api.Http.PostAsJsonAsync("/api/v1/transit/cancellations", request),
            r => r.StatusCode != HttpStatusCode.BadRequest, "polis has picked up the imported feed");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Http.PostAsJsonAsync("/api/v1/transit/cancellations", request)).StatusCode);

        var update = await Eventually.ReturnsAsync(() => EntityAsync("trip-updates", e => e.TripUpdate?.Trip.TripId == "T1"), e => e is not null, "the trip update");
        Assert.Equal(TripDescriptor.Types.ScheduleRelationship.Canceled, update!.TripUpdate.Trip.ScheduleRelationship);
        Assert.Equal(("R1", tomorrow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)), (update.TripUpdate.Trip.RouteId, update.TripUpdate.Trip.StartDate));
        Assert.Empty(update.TripUpdate.StopTimeUpdate);
        var alert = await Eventually.ReturnsAsync(() => EntityAsync("alerts", e => e.Id == $"cancellation-{id}"), e => e is not null, "the alert");
        Assert.Equal(Alert.Types.Effect.NoService, alert!.Alert.Effect);
        var selector = Assert.Single(alert.Alert.InformedEntity);
        Assert.Equal(("R1", "T1"), (selector.RouteId, selector.Trip.TripId));
        Assert.Contains("is cancelled", alert.Alert.HeaderText.Translation[0].Text, StringComparison.Ordinal);
        Assert.Contains(id, (await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/cancellations"))!.Select(c => (string?)c!["id"]));

        Assert.Equal(HttpStatusCode.NoContent, (await _api.Http.DeleteAsync(new Uri($"/api/v1/transit/cancellations/{id}", UriKind.Relative))).StatusCode);
        await Eventually.ReturnsAsync(() => EntityAsync("trip-updates", e => e.TripUpdate?.Trip.TripId == "T1"), e => e is null, "the run is reinstated");
        await Eventually.ReturnsAsync(() => EntityAsync("alerts", e => e.Id == $"cancellation-{id}"), e => e is null, "its alert is gone");
    }

    [Fact]
    public async Task Alert_IdsFromTheActiveFeed_AcceptedUnknownOnesRefused()
    {
        var alert = new JsonObject
        {
            ["effect"] = "stop-moved",
            ["header"] = "Stop Second moved 50 m east",
            ["informedEntities"] = new JsonArray(new JsonObject { ["routeId"] = "R1", ["directionId"] = 0 }, new JsonObject { ["stopId"] = "S2" }),
        };
        var accepted = await Eventually.ReturnsAsync(() => _api.Http.PostAsJsonAsync("/api/v1/transit/alerts", alert),
            r => r.StatusCode != HttpStatusCode.BadRequest, "polis has picked up the imported feed");
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);

        alert["informedEntities"] = new JsonArray(new JsonObject { ["routeId"] = "R9" }, new JsonObject { ["trip"] = new JsonObject { ["tripId"] = "T1", ["startDate"] = "19990101" } });
        using var refused = await _api.Http.PostAsJsonAsync("/api/v1/transit/alerts", alert);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await PolisApi.ReadProblemAsync(refused))["errors"]!.AsObject();
        Assert.Equal(["informedEntities[0].routeId", "informedEntities[1].trip.startDate"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    private async Task<FeedEntity?> EntityAsync(string feed, Func<FeedEntity, bool> match)
    {
        var message = FeedMessage.Parser.ParseFrom(await _api.Http.GetByteArrayAsync(new Uri($"/gtfs-rt/{feed}", UriKind.Relative)));
        return message.Entity.FirstOrDefault(match);
    }
}
