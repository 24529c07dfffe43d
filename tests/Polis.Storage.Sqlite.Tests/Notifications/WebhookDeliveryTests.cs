using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polis.Platform.Alarms;
using Polis.Platform.Notifications;
using Polis.Storage.Sqlite.Notifications;
using Polis.Storage.Sqlite.Tests.Alarms;

namespace Polis.Storage.Sqlite.Tests.Notifications;

public sealed class WebhookDeliveryTests : IDisposable
{
    private readonly AlarmFixture _f = new();
    private readonly SqliteNotificationStore _store;
    private readonly ServiceProvider _http = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private readonly WebhookSignal _signal = new();

    public WebhookDeliveryTests() => _store = new SqliteNotificationStore(_f.Database);

    public void Dispose()
    {
        _http.Dispose();
        _signal.Dispose();
        _f.Dispose();
    }

    private AlarmService AlarmsWithDispatcher() =>
        new(_f.Store, _f.Registry, [new NotificationDispatcher(_store, _f.Time, _signal)], _f.Time, NullLogger<AlarmService>.Instance);

    private WebhookDeliveryService Deliverer(int maxAttempts = 5) =>
        new(_store, _http.GetRequiredService<IHttpClientFactory>(), _signal, Options.Create(new NotificationOptions { MaxAttempts = maxAttempts }), _f.Time, NullLogger<WebhookDeliveryService>.Instance);

    private static NotificationTarget Target(Uri url, AlarmSeverity[]? severities = null, string[]? districts = null) =>
        new(Guid.NewGuid(), "ops", url, true, severities ?? [], [], districts ?? [], []);

    [Fact]
    public async Task Deliver_ReceiverFailsTwice_RetriedWithBackoffUntilDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        var target = Target(receiver.Url);
        await _store.UpsertTargetAsync(target);
        await _f.AddDeviceAsync("aq-1", "harbour");
        var (alarm, _) = await AlarmsWithDispatcher().RaiseAsync(_f.Trigger("aq-1"));
        var deliverer = Deliverer();

        Assert.Equal(1, await deliverer.DeliverDueAsync());
        Assert.Equal(0, await deliverer.DeliverDueAsync()); // backing off: nothing due yet
        _f.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await deliverer.DeliverDueAsync());
        _f.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await deliverer.DeliverDueAsync());
        _f.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await deliverer.DeliverDueAsync());

        Assert.Equal(["1", "2", "3"], receiver.Received.Select(r => r.Attempt));
        var body = receiver.Received.Last().Body;
        Assert.Equal("raised", body["change"]!.GetValue<string>());
        Assert.Equal(alarm.Id.ToString(), body["alarm"]!["id"]!.GetValue<string>());
        Assert.Equal("major", body["alarm"]!["severity"]!.GetValue<string>());
        var delivery = (await _store.QueryDeliveriesAsync(target.Id, alarm.Id, null, 0, 10)).Items.Single();
        Assert.Equal((DeliveryStatus.Delivered, 3, 200), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        var attempts = await _store.GetAttemptsAsync(delivery.Id);
        Assert.Equal([500, 500, 200], attempts.Select(a => a.StatusCode ?? 0));
    }

    [Fact]
    public async Task Deliver_ReceiverNeverAnswers_GivesUpAfterMaxAttemptsWithErrors()
    {
        // Nothing listens on port 1 of loopback: every attempt is refused.
        var unreachable = new Uri("http://127.0.0.1:1/hook");
        await _store.UpsertTargetAsync(Target(unreachable));
        await _f.AddDeviceAsync("aq-1", "harbour");
        await AlarmsWithDispatcher().RaiseAsync(_f.Trigger("aq-1"));
        var deliverer = Deliverer(maxAttempts: 3);

        for (var i = 0; i < 5; i++)
        {
            await deliverer.DeliverDueAsync();
            _f.Time.Advance(TimeSpan.FromMinutes(5));
        }

        var delivery = (await _store.QueryDeliveriesAsync(null, null, null, 0, 10)).Items.Single();
        Assert.Equal((DeliveryStatus.Failed, 3), (delivery.Status, delivery.Attempts));
        Assert.All(await _store.GetAttemptsAsync(delivery.Id), a => Assert.False(string.IsNullOrEmpty(a.Error)));
    }

    [Fact]
    public async Task Dispatch_TargetsFilteredBySeverityAndDistrict()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 0);
        var criticalOnly = Target(receiver.Url, severities: [AlarmSeverity.Critical]);
        var hillsOnly = Target(receiver.Url, districts: ["hills"]);
        var everything = Target(receiver.Url);
        foreach (var target in new[] { criticalOnly, hillsOnly, everything })
        {
            await _store.UpsertTargetAsync(target);
        }

        await _f.AddDeviceAsync("aq-1", "harbour");
        await AlarmsWithDispatcher().RaiseAsync(_f.Trigger("aq-1", severity: AlarmSeverity.Major));

        var deliveries = (await _store.QueryDeliveriesAsync(null, null, null, 0, 10)).Items;
        Assert.Equal([everything.Id], deliveries.Select(d => d.TargetId));
    }
}
