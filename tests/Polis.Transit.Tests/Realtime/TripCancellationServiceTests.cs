using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Devices;
using Polis.Transit.Feeds;
using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Cancellations;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

public sealed class TripCancellationServiceTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly TripCancellationService _service;

    public TripCancellationServiceTests()
    {
        var state = new InMemoryTransitState(Network);
        var services = new ServiceCollection().AddSingleton<ITransitNetworkProvider>(state).BuildServiceProvider();
        _service = new TripCancellationService(_db.Cancellations, new TransitRealtimeSources(services), new FakeTimeProvider(Now));
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Create_FrequencyRun_StoredWithItsNoServiceAlertOnTheTripOnly()
    {
        var result = await _service.CreateAsync(new TripCancellationRequest("shuttle", "2026-03-05", "08:30:00", " bus broke down "), "ops@city");

        Assert.Equal(OperationStatus.Ok, result.Status);
        var cancellation = result.Value!;
        Assert.Equal(("shuttle", "R2", Today, 8 * 3600 + 1800, "bus broke down"), (cancellation.TripId, cancellation.RouteId, cancellation.ServiceDate, cancellation.StartSeconds, cancellation.Reason));
        var alert = Assert.Single(await _db.Alerts.ListAsync());
        Assert.Equal((cancellation.AlertId, AlertEffect.NoService, AlertSource.Automatic), (alert.Id, alert.Effect, alert.Source));
        Assert.Equal("Route 2, 08:30 on 2026-03-05 is cancelled", alert.Header);
        Assert.Equal(new AlertInformedEntity(RouteId: "R2", TripId: "shuttle", TripStartDate: "20260305", TripStartTime: "08:30:00"), Assert.Single(alert.InformedEntities));
        Assert.Equal(new AlertActivePeriod(Now, new DateTimeOffset(2026, 3, 5, 8, 36, 0, TimeSpan.Zero)), Assert.Single(alert.ActivePeriods));
    }

    [Fact]
    public async Task Create_SameRunTwice_SecondIsConflict()
    {
        Assert.Equal(OperationStatus.Ok, (await _service.CreateAsync(new TripCancellationRequest("back", "20260305", null, null), "ops")).Status);

        Assert.Equal(OperationStatus.Conflict, (await _service.CreateAsync(new TripCancellationRequest("back", "2026-03-05", "25:00:00", "again"), "ops")).Status);
        Assert.Single(await _db.Cancellations.ListAsync());
    }

    [Theory]
    [InlineData(null, "2026-03-05", null, "tripId")]
    [InlineData("nope", "2026-03-05", null, "tripId")]
    [InlineData("out", "5 March", null, "serviceDate")]
    [InlineData("out", "2027-03-05", null, "serviceDate")] // the calendar ends in 2026
    [InlineData("out", "2026-03-04", null, "serviceDate")] // that run has ended
    [InlineData("out", "2026-03-05", "09:00:00", "startTime")] // "out" starts at 08:00
    [InlineData("out", "2026-03-05", "8h", "startTime")]
    [InlineData("shuttle", "2026-03-05", null, "startTime")] // frequency-based: which run?
    public async Task Create_RunThatCannotBeCancelled_RefusedNamingTheField(string? trip, string date, string? start, string field)
    {
        var result = await _service.CreateAsync(new TripCancellationRequest(trip, date, start, null), "ops");

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.True(result.Errors!.ContainsKey(field), string.Join(", ", result.Errors.Keys));
        Assert.Empty(await _db.Cancellations.ListAsync());
    }
}
