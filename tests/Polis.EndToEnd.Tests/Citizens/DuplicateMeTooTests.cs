using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// Duplicate candidates and "me too" through the real process: two reports 10 m apart are each other's candidates, one
/// 200 m away is not; a resident about to file sees them (public fields only) and says "me too" instead, counted once
/// however often and however concurrently they press; Open311 shows the count in extended_attributes.me_too.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class DuplicateMeTooTests(Open311Fixture fixture)
{
    // Inside the fixture's district; 0.00009° of latitude is 10 m, 0.0018° is 200 m.
    private const double Lat = 55.6712;
    private const double Long = 12.5523;

    [Fact]
    public async Task Candidates_TwoNearbyReports_EachOthersCandidatesNotTheFarOne()
    {
        var reports = new DuplicateReports(fixture, "e2e-dup-candidates");
        await reports.CreateServiceAsync();
        var first = await reports.PostAsync(Lat, Long, "Kerb stone loose");
        var second = await reports.PostAsync(Lat + 0.00009, Long, "Loose kerb stone by the crossing");
        var far = await reports.PostAsync(Lat + 0.0018, Long, "Kerb stone loose further up");

        var candidates = (await fixture.Api.Http.GetFromJsonAsync<JsonArray>($"/api/v1/citizens/reports/{second}/duplicate-candidates"))!;
        var only = Assert.Single(candidates);
        Assert.Equal(first, only!["id"]!.ToString());
        Assert.InRange(only["distanceMetres"]!.GetValue<double>(), 9.5, 10.5);
        Assert.DoesNotContain(far, candidates.Select(c => c!["id"]!.ToString()));

        // A resident about to report at the first spot sees both nearby reports, nearest first, without anyone's contact details.
        using var resident = await new PollClient(fixture.Polis, fixture.Api).ResidentAsync("nearby", null, null);
        var nearby = (await resident.Http.GetFromJsonAsync<JsonArray>($"/api/v1/citizens/reports/nearby?service_code={reports.ServiceCode}&lat={Lat}&long={Long}"))!;
        Assert.Equal([first, second], nearby.Select(n => n!["id"]!.ToString()));
        Assert.Equal("Kerb stone loose", nearby[0]!["description"]!.GetValue<string>());
        Assert.DoesNotContain("resident@example.org", nearby.ToJsonString(), StringComparison.Ordinal);

        var badPoint = await resident.Http.GetAsync(new Uri($"/api/v1/citizens/reports/nearby?service_code={reports.ServiceCode}&lat=95&long={Long}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badPoint.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(badPoint))["errors"]!["location"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await resident.Http.GetAsync(new Uri($"/api/v1/citizens/reports/nearby?lat={Lat}&long={Long}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous.GetAsync(new Uri($"/api/v1/citizens/reports/nearby?service_code=x&lat={Lat}&long={Long}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Http.GetAsync(new Uri($"/api/v1/citizens/reports/{second}/duplicate-candidates", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task MeToo_PressedAgainAndConcurrently_EachResidentCountedOnceAndShownInOpen311()
    {
        var reports = new DuplicateReports(fixture, "e2e-dup-metoo");
        await reports.CreateServiceAsync();
        var original = await reports.PostAsync(Lat + 0.0004, Long, "Manhole cover rattles");
        var clients = new PollClient(fixture.Polis, fixture.Api);
        using var ada = await clients.ResidentAsync("ada", null, null);
        using var bo = await clients.ResidentAsync("bo", null, null);

        var first = await MeTooAsync(ada, original);
        Assert.Equal(("counted", 1), ((string)first["outcome"]!, (int)first["count"]!));
        var again = await MeTooAsync(ada, original);
        Assert.Equal(("already-counted", 1), ((string)again["outcome"]!, (int)again["count"]!));

        var presses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => DuplicateReports.PostAsync(bo, $"/api/v1/me/reports/{original}/me-too")));
        Assert.All(presses, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        var outcomes = await Task.WhenAll(presses.Select(async p => (string)JsonNode.Parse(await p.Content.ReadAsStringAsync())!["outcome"]!));
        Assert.Single(outcomes, o => o == "counted");

        Assert.Equal(2, (int)(await reports.Open311RequestAsync(original))["extended_attributes"]!["me_too"]!);
        var (_, list, _) = await new Open311Client(fixture.Anonymous).GetAsync($"/open311/v2/requests.json?service_code={reports.ServiceCode}");
        Open311Schemas.AssertValid(Open311Schemas.Requests, list);
        Assert.Equal(2, (int)JsonNode.Parse(list)![0]!["extended_attributes"]!["me_too"]!);

        var staffView = await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{original}/support");
        Assert.Equal(2, (int)staffView["count"]!);
        Assert.Equal(2, staffView["supporters"]!.AsArray().Count);
        var residentView = await ada.GetJsonAsync($"/api/v1/citizens/reports/{original}/support");
        Assert.Equal(2, (int)residentView["count"]!);
        Assert.Null(residentView["supporters"]);

        Assert.Equal(HttpStatusCode.NotFound, (await DuplicateReports.PostAsync(ada, "/api/v1/me/reports/987654321/me-too")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DuplicateReports.PostAsync(fixture.Api, $"/api/v1/me/reports/{original}/me-too")).StatusCode);
    }

    private static async Task<JsonObject> MeTooAsync(PolisApi resident, string id)
    {
        var response = await DuplicateReports.PostAsync(resident, $"/api/v1/me/reports/{id}/me-too");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
