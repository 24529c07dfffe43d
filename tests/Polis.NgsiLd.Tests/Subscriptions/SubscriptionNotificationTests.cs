using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Polis.Contracts.Telemetry;
using Polis.NgsiLd.Subscriptions;
using Polis.NgsiLd.Tests.Http;
using Polis.Platform.Ingest;
using Polis.Platform.Telemetry;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.NgsiLd;

namespace Polis.NgsiLd.Tests.Subscriptions;

/// <summary>
/// Readings through the real hook (IReadingObserver), queue, notifier and HTTP sender to a real receiver,
/// with the fixture's fake clock driving throttling.
/// </summary>
public sealed class SubscriptionNotificationTests(NgsiLdApiFixture api) : IClassFixture<NgsiLdApiFixture>, IAsyncLifetime
{
    private const string Route = "/ngsi-ld/v1/subscriptions";
    private static long _tick;
    private readonly List<string> _created = [];
    private NotificationReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await NotificationReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var id in _created)
        {
            using var _ = await api.Writer.DeleteAsync(new Uri(Route + "/" + id, UriKind.Relative));
        }

        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Reading_MatchingWatchedAttributeAndQ_NotifiesEntityWithLinkHeader()
    {
        await SubscribeAsync("match", SubscriptionBodies.With("entities", JsonNode.Parse("""[{"type":"AirQualityObserved","id":"urn:ngsi-ld:AirQualityObserved:aq-1"}]""")));

        await ReadAsync("aq-1", "air-quality", ("pm25", 55));
        var notification = await _receiver.NextAsync();

        Assert.Equal("application/json", notification.ContentType?.Split(';')[0]);
        Assert.Contains(NgsiLdContext.CoreContextUrl, notification.Link, StringComparison.Ordinal);
        Assert.Equal("urn:ngsi-ld:Subscription:match", (string?)notification.Json["subscriptionId"]);
        Assert.Equal("urn:ngsi-ld:AirQualityObserved:aq-1", (string?)notification.SingleEntity["id"]);
        Assert.Equal(55, (double)notification.SingleEntity["pm25"]!);
    }

    [Fact]
    public async Task Reading_QOrWatchedAttributeNotMatching_NotNotified()
    {
        await SubscribeAsync("nomatch", SubscriptionBodies.With("entities", JsonNode.Parse("""[{"type":"AirQualityObserved","idPattern":"aq-[23]$"}]""")));

        await ReadAsync("aq-2", "air-quality", ("pm25", 12));
        await ReadAsync("aq-2", "air-quality", ("no2", 300));
        await ReadAsync("aq-3", "air-quality", ("pm25", 70));

        // Readings are matched in order by one reader: had either aq-2 reading notified, it would come first.
        var first = await _receiver.NextAsync();
        Assert.Equal("urn:ngsi-ld:AirQualityObserved:aq-3", (string?)first.SingleEntity["id"]);
    }

    [Fact]
    public async Task Reading_MatchedAfterLaterReadingsOfItsKey_NotifiedOnceByTheLatest()
    {
        var body = SubscriptionBodies.With("entities", JsonNode.Parse("""[{"type":"AirQualityObserved","id":"urn:ngsi-ld:AirQualityObserved:aq-1"}]"""));
        body.Remove("throttling");
        var state = await SubscribeAsync("behind", body);
        var notifier = api.Services.GetServices<IHostedService>().OfType<SubscriptionNotifier>().Single();

        // The notifier runs behind ingest: here each reading is matched only after the next one reached the twin. The
        // first (12) fails q and the second (55) passes it, but both are superseded when matched: only the third notifies.
        var low = await StoreAsync("aq-1", "air-quality", ("pm25", 12));
        var high = await StoreAsync("aq-1", "air-quality", ("pm25", 55));
        await notifier.HandleAsync(low);
        var higher = await StoreAsync("aq-1", "air-quality", ("pm25", 60));
        await notifier.HandleAsync(high);
        await notifier.HandleAsync(higher);

        // Sends of one subscription go out in order: a notification for either superseded reading would come first,
        // and a second one for the latest state would come before the next reading's.
        var first = await _receiver.NextAsync();
        Assert.Equal(60, (double)first.SingleEntity["pm25"]!);
        await notifier.HandleAsync(await StoreAsync("aq-1", "air-quality", ("pm25", 70)));
        var second = await _receiver.NextAsync();
        Assert.Equal(70, (double)second.SingleEntity["pm25"]!);
        await WaitUntilAsync(() => state.Status.TimesSent == 2);
    }

    [Fact]
    public async Task Reading_InsideThrottlingWindow_CoalescedIntoOneLaterNotificationWithLatestState()
    {
        var body = SubscriptionBodies.With("entities", JsonNode.Parse("""[{"type":"Vehicle"}]"""));
        body["watchedAttributes"] = new JsonArray("speed");
        body["q"] = "speed>0";
        body["throttling"] = 60;
        body["notification"] = new JsonObject
        {
            ["format"] = "normalized",
            ["endpoint"] = new JsonObject { ["uri"] = _receiver.Endpoint.ToString(), ["accept"] = "application/ld+json" },
        };
        var state = await SubscribeAsync("throttled", body, setEndpoint: false);

        await ReadAsync("bus-1", "bus", ("speed", 10));
        var first = await _receiver.NextAsync();
        await ReadAsync("bus-1", "bus", ("speed", 20));
        await ReadAsync("bus-1", "bus", ("speed", 30));
        await WaitUntilAsync(() => state.PendingCount == 1);
        var duringWindow = _receiver.Count;
        await AdvanceUntilReceivedAsync(2, TimeSpan.FromSeconds(60));
        var second = await _receiver.NextAsync();

        Assert.Equal(10, (double)first.SingleEntity["speed"]!["value"]!);
        Assert.Equal(1, duringWindow);
        Assert.Equal(30, (double)second.SingleEntity["speed"]!["value"]!);
        Assert.Equal(NgsiLdContext.CoreContextUrl, (string?)second.Json["@context"]);
        Assert.StartsWith("application/ld+json", second.ContentType, StringComparison.Ordinal);
        Assert.Empty(second.Link);
        await WaitUntilAsync(() => state.Status.TimesSent == 2);
    }

    [Fact]
    public async Task Reading_ReceiverFails_FailureRecordedAndPersisted()
    {
        _receiver.StatusCode = (int)HttpStatusCode.InternalServerError;
        var body = SubscriptionBodies.With("entities", JsonNode.Parse("""[{"type":"ParkingSpot"}]"""));
        body["watchedAttributes"] = new JsonArray("status");
        body["q"] = "status==\"occupied\"";
        var state = await SubscribeAsync("failing", body);

        await ReadAsync("p-2", "parking-spot", ("occupied", 1));
        await _receiver.NextAsync();
        await _receiver.NextAsync(); // the one retry after a 5xx
        await WaitUntilAsync(() => state.Status.TimesFailed == 1);
        var store = new SqliteSubscriptionStore(api.Services.GetRequiredService<SqliteDatabase>(), api.Time);
        StoredSubscription stored = null!;
        await WaitUntilAsync(async () => (stored = (await store.ListAsync()).Single(s => s.Id == state.Id)).Status.TimesFailed == 1); // written after it is counted
        var fetched = JsonNode.Parse(await api.Client.GetStringAsync(new Uri(Route + "/" + state.Id, UriKind.Relative)))!;

        Assert.Equal(1, stored.Status.TimesSent);
        Assert.Equal(1, stored.Status.TimesFailed);
        Assert.Equal("HTTP 500 Internal Server Error", stored.Status.LastError);
        Assert.Equal("failed", (string?)fetched["notification"]!["status"]);
        Assert.NotNull(fetched["notification"]!["lastFailure"]);
    }

    [Fact]
    public async Task Update_WhileASendIsUnderWay_SendCountedInTheUpdatedSubscription()
    {
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _receiver.AnswerAfter = answer.Task;
        var state = await SubscribeAsync("updated", SubscriptionBodies.With("entities", JsonNode.Parse("""[{"type":"AirQualityObserved","id":"urn:ngsi-ld:AirQualityObserved:aq-2"}]""")));

        await ReadAsync("aq-2", "air-quality", ("pm25", 50));
        await _receiver.NextAsync(); // the notification is on its way: the receiver has it and has not answered yet
        using var content = new StringContent("""{"subscriptionName":"Renamed"}""", Encoding.UTF8, "application/json");
        using var patched = await api.Writer.PatchAsync(new Uri(Route + "/" + state.Id, UriKind.Relative), content);
        answer.SetResult();

        Assert.Equal(HttpStatusCode.NoContent, patched.StatusCode);
        var updated = api.Services.GetRequiredService<SubscriptionRegistry>().Find(state.Id)!;
        Assert.NotSame(state, updated);
        await WaitUntilAsync(() => updated.Status.TimesSent == 1);
        var fetched = JsonNode.Parse(await api.Client.GetStringAsync(new Uri(Route + "/" + state.Id, UriKind.Relative)))!;
        Assert.Equal("Renamed", (string?)fetched["subscriptionName"]);
        Assert.Equal(1, (long?)fetched["notification"]!["timesSent"]);
    }

    [Fact]
    public async Task Registry_NewInstanceOnSameDatabase_LoadsSubscriptionsLikeARestart()
    {
        var state = await SubscribeAsync("durable", SubscriptionBodies.Valid());

        var store = new SqliteSubscriptionStore(api.Services.GetRequiredService<SqliteDatabase>(), api.Time);
        using var restarted = new SubscriptionRegistry(store, NullLogger<SubscriptionRegistry>.Instance);
        await restarted.EnsureLoadedAsync();

        var loaded = restarted.Find(state.Id);
        Assert.NotNull(loaded);
        Assert.Equal(SubscriptionJson.ToJson(state.Subscription).ToJsonString(), SubscriptionJson.ToJson(loaded.Subscription).ToJsonString());
    }

    private async Task<SubscriptionState> SubscribeAsync(string name, JsonObject body, bool setEndpoint = true)
    {
        var id = "urn:ngsi-ld:Subscription:" + name;
        body["id"] = id;
        if (setEndpoint)
        {
            body["notification"]!["endpoint"]!["uri"] = _receiver.Endpoint.ToString();
        }

        using var response = await api.Writer.PostAsJsonAsync(Route, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        _created.Add(id);
        return api.Services.GetRequiredService<SubscriptionRegistry>().Find(id)!;
    }

    /// <summary>Stores the readings (where the twin reader finds them) and tells the hook, as ingest does.</summary>
    private async Task ReadAsync(string deviceId, string profileId, params (string Key, double Value)[] readings)
    {
        var points = await AppendAsync(deviceId, readings);
        foreach (var observer in api.Services.GetServices<IReadingObserver>())
        {
            observer.OnReadings(deviceId, profileId, points);
        }
    }

    /// <summary>Stores the readings without telling the hook: the test hands the notice to the notifier itself.</summary>
    private async Task<ReadingNotice> StoreAsync(string deviceId, string profileId, params (string Key, double Value)[] readings) =>
        ReadingNotice.Of(deviceId, profileId, await AppendAsync(deviceId, readings));

    private async Task<List<TelemetryPoint>> AppendAsync(string deviceId, (string Key, double Value)[] readings)
    {
        var at = api.Time.GetUtcNow().ToUnixTimeMilliseconds() + Interlocked.Increment(ref _tick);
        var points = readings.Select(r => new TelemetryPoint(r.Key, at, TelemetryValue.FromNumber(r.Value))).ToList();
        await api.Services.GetRequiredService<ITelemetryStore>().AppendAsync(deviceId, points, at);
        return points;
    }

    /// <summary>
    /// Moves the fake clock on by <paramref name="step"/> until the receiver has <paramref name="count"/> notifications.
    /// A delayed send reads the clock and then starts its timer: an advance between the two is lost on that timer,
    /// which then waits one step more.
    /// </summary>
    private async Task AdvanceUntilReceivedAsync(int count, TimeSpan step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_receiver.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} notifications within 30 s");
            api.Time.Advance(step);
            var next = DateTime.UtcNow.AddSeconds(3);
            while (_receiver.Count < count && DateTime.UtcNow < next)
            {
                await Task.Delay(20);
            }
        }
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached within 30 s");
            await Task.Delay(20);
        }
    }
}
