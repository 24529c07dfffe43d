using Polis.Transit.Realtime.Alerts;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

public sealed class ServiceAlertValidatorTests
{
    private static ServiceAlertRequest Valid() => new(
        "construction", "DETOUR", "Warning", " Detour on line 1 ", "Main Street is closed", "https://city.example/works",
        [new AlertTranslationRequest("de", "Umleitung Linie 1", null, null)],
        [new AlertInformedEntityRequest(null, "R1", null, 0, null, null), new AlertInformedEntityRequest(null, null, null, null, new AlertTripRequest("shuttle", "20260305", "08:10:00"), "B")],
        [new AlertActivePeriodRequest(Now, Now.AddHours(2)), new AlertActivePeriodRequest(null, null)]);

    private static (ServiceAlert? Alert, Dictionary<string, string[]> Errors) Validate(ServiceAlertRequest? request, bool withNetwork = true)
    {
        var errors = new Dictionary<string, string[]>();
        return (ServiceAlertValidator.Validate(request, withNetwork ? Network : null, errors), errors);
    }

    [Fact]
    public void Validate_ValidRequest_EnumsInEitherSpellingTrimmedTextsAndSelectors()
    {
        var (alert, errors) = Validate(Valid());

        Assert.Empty(errors);
        Assert.NotNull(alert);
        Assert.Equal((AlertCause.Construction, AlertEffect.Detour, AlertSeverityLevel.Warning), (alert.Cause, alert.Effect, alert.SeverityLevel));
        Assert.Equal("Detour on line 1", alert.Header);
        Assert.Equal(new AlertInformedEntity(TripId: "shuttle", TripStartDate: "20260305", TripStartTime: "08:10:00", StopId: "B"), alert.InformedEntities[1]);
        Assert.Equal(2, alert.ActivePeriods.Count);
    }

    [Fact]
    public void Validate_DefaultsLeftOut_SpecDefaults()
    {
        var (alert, _) = Validate(Valid() with { Cause = null, Effect = null, SeverityLevel = null });

        Assert.Equal((AlertCause.UnknownCause, AlertEffect.UnknownEffect, AlertSeverityLevel.UnknownSeverity), (alert!.Cause, alert.Effect, alert.SeverityLevel));
    }

    [Theory]
    [InlineData("header")]
    [InlineData("effect")]
    [InlineData("url")]
    [InlineData("informedEntities")]
    [InlineData("informedEntities[0].routeId")]
    [InlineData("informedEntities[0].directionId")]
    [InlineData("informedEntities[1].trip.tripId")]
    [InlineData("informedEntities[1].trip.startDate")]
    [InlineData("informedEntities[1].stopId")]
    [InlineData("activePeriods[0]")]
    [InlineData("translations[1].language")]
    [InlineData("translations[0].url")]
    public void Validate_OneFieldBroken_RefusedNamingThatField(string field)
    {
        var valid = Valid();
        var entities = valid.InformedEntities!.ToArray();
        var request = field switch
        {
            "header" => valid with { Header = "  " },
            "effect" => valid with { Effect = "LATE" },
            "url" => valid with { Url = "javascript:alert(1)" },
            "informedEntities" => valid with { InformedEntities = [] },
            "informedEntities[0].routeId" => valid with { InformedEntities = [entities[0]! with { RouteId = "R9" }, entities[1]] },
            "informedEntities[0].directionId" => valid with { InformedEntities = [entities[0]! with { RouteId = null, AgencyId = "a" }, entities[1]] },
            "informedEntities[1].trip.tripId" => valid with
            {
                InformedEntities = [entities[0], new AlertInformedEntityRequest(null, "R2", null, null, new AlertTripRequest("out", null, null), null)],
            },
            "informedEntities[1].trip.startDate" => valid with { InformedEntities = [entities[0], entities[1]! with { Trip = new AlertTripRequest("shuttle", "20260305", "08:05:00") }] },
            "informedEntities[1].stopId" => valid with { InformedEntities = [entities[0], entities[1]! with { StopId = "Z" }] },
            "activePeriods[0]" => valid with { ActivePeriods = [new AlertActivePeriodRequest(Now.AddHours(1), Now)] },
            "translations[1].language" => valid with { Translations = [valid.Translations![0], new AlertTranslationRequest("DE", "noch einmal", null, null)] },
            "translations[0].url" => valid with { Url = null, Translations = [new AlertTranslationRequest("de", null, null, "https://stadt.example")] },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var (alert, errors) = Validate(request);

        Assert.Null(alert);
        Assert.True(errors.ContainsKey(field), $"{field} not among {string.Join(", ", errors.Keys)}");
        Assert.Single(errors);
    }

    [Fact]
    public void Validate_NoActiveFeed_IdsRefusedRouteTypeAccepted()
    {
        var (refused, errors) = Validate(Valid(), withNetwork: false);
        var (accepted, none) = Validate(Valid() with { InformedEntities = [new AlertInformedEntityRequest(null, null, 3, null, null, null)] }, withNetwork: false);

        Assert.Null(refused);
        Assert.Contains("No GTFS feed is active", errors["informedEntities[0]"][0], StringComparison.Ordinal);
        Assert.Empty(none);
        Assert.Equal(3, Assert.Single(accepted!.InformedEntities).RouteType);
    }

    [Fact]
    public void Validate_NullBodyOrNullItems_RefusedWithoutThrowing()
    {
        Assert.True(Validate(null).Errors.ContainsKey("$"));
        var (_, errors) = Validate(Valid() with { InformedEntities = [null], ActivePeriods = [null], Translations = [null] });

        Assert.Equal(["activePeriods[0]", "informedEntities[0]", "translations[0]"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
