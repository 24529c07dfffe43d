using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Alerts;
using ProtoAlert = Polis.Transit.Realtime.Protobuf.Alert;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

public sealed class AlertsFeedBuilderTests
{
    [Fact]
    public void Build_CurrentUpcomingAndEndedAlerts_EndedLeftOutTextsPeriodsAndSelectorsAsStored()
    {
        var alerts = new[]
        {
            Alert("now", new AlertInformedEntity(RouteId: "R1", DirectionId: 0), new AlertActivePeriod(Now.AddHours(-1), Now.AddHours(1))),
            Alert("later", new AlertInformedEntity(TripId: "out", TripStartDate: "20260306", StopId: "B"), new AlertActivePeriod(Now.AddDays(1), null)),
            Alert("always", new AlertInformedEntity(AgencyId: "a")),
            Alert("ended", new AlertInformedEntity(RouteId: "R1"), new AlertActivePeriod(null, Now)),
        };

        var feed = FeedBuilderAssertions.BuildValid(Input([], alerts: alerts)).Alerts;

        Assert.Equal(["always", "later", "now"], feed.Entity.Select(e => e.Id));
        var now = feed.Entity[2].Alert;
        Assert.Equal((ProtoAlert.Types.Cause.Construction, ProtoAlert.Types.Effect.Detour, ProtoAlert.Types.SeverityLevel.Warning), (now.Cause, now.Effect, now.SeverityLevel));
        Assert.Equal([("Detour on line 1", ""), ("Umleitung Linie 1", "de")], now.HeaderText.Translation.Select(t => (t.Text, t.Language)));
        Assert.Equal("Works on Main Street", Assert.Single(now.DescriptionText.Translation).Text); // no German description given
        Assert.Null(now.Url);
        Assert.Equal(((ulong)Now.AddHours(-1).ToUnixTimeSeconds(), (ulong)Now.AddHours(1).ToUnixTimeSeconds()), (now.ActivePeriod[0].Start, now.ActivePeriod[0].End));
        Assert.Equal(("R1", 0u), (now.InformedEntity[0].RouteId, now.InformedEntity[0].DirectionId));
        var later = feed.Entity[1].Alert;
        Assert.False(later.ActivePeriod[0].HasEnd);
        Assert.Equal(("out", "20260306", "B"), (later.InformedEntity[0].Trip.TripId, later.InformedEntity[0].Trip.StartDate, later.InformedEntity[0].StopId));
    }

    [Fact]
    public void Build_SelectorsNamingIdsTheNetworkLacks_DroppedAndEmptyAlertsLeftOut()
    {
        var partly = Alert("partly", new AlertInformedEntity(RouteId: "R1")) with
        {
            InformedEntities = [new AlertInformedEntity(RouteId: "R1"), new AlertInformedEntity(StopId: "gone")],
        };
        var alerts = new[] { partly, Alert("gone", new AlertInformedEntity(TripId: "old-trip")), Alert("by-type", new AlertInformedEntity(RouteType: 3)) };

        var feed = FeedBuilderAssertions.BuildValid(Input([], alerts: alerts)).Alerts;
        var withoutNetwork = FeedBuilderAssertions.BuildValid(Input([], alerts: alerts) with { Network = null }).Alerts;

        Assert.Equal(["by-type", "partly"], feed.Entity.Select(e => e.Id));
        Assert.Equal("R1", Assert.Single(feed.Entity[1].Alert.InformedEntity).RouteId);
        Assert.Equal("by-type", Assert.Single(withoutNetwork.Entity).Id);
    }
}
