using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// The city's routing and service levels through the real process: the admin's documents read back as saved, an
/// Open311 report lands in the department the rules choose for its service and district with its due dates, bad
/// documents are refused with every fault in one problem details, and only admins may replace them.
/// </summary>
[Collection(QueuePolis.Name)]
public sealed class RoutingApiTests(QueuePolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task Documents_ReadBackAsSaved_WithTheCityTimeZone()
    {
        var routing = await _api.GetJsonAsync("/api/v1/citizens/routing");
        Assert.Equal("service-desk", (string?)routing["defaultDepartment"]);
        Assert.Equal(["service-desk", "roads", "roads-north", "parks", "lighting"], routing["departments"]!.AsArray().Select(d => (string)d!["id"]!));
        Assert.Equal("roads-supervisor", (string?)routing["departments"]![1]!["supervisor"]);
        Assert.Equal("nord", (string?)routing["rules"]![1]!["district"]);

        var levels = await _api.GetJsonAsync("/api/v1/citizens/service-levels");
        Assert.Equal("UTC", (string?)levels["timeZone"]);
        Assert.Equal("23:59:59", (string?)levels["calendar"]!["closes"]);
        Assert.Equal(3, (double)levels["defaultPolicy"]!["fixDays"]!);
        Assert.Equal(1000, (double)levels["byServiceCode"]!["streetlight"]!["escalateEveryHours"]!);
    }

    [Fact]
    public async Task Open311Report_LandsInTheRoutedDepartment_WithDueDates()
    {
        var north = await fixture.ReportAsync("pothole", QueuePolisFixture.Nord);
        var harbourPothole = await fixture.ReportAsync("pothole", QueuePolisFixture.Harbour);
        var harbourGraffiti = await fixture.ReportAsync("graffiti", QueuePolisFixture.Harbour);
        var northGraffiti = await fixture.ReportAsync("graffiti", QueuePolisFixture.Nord);

        Assert.Equal("roads-north", await AgencyAsync(north));
        Assert.Equal("roads", await AgencyAsync(harbourPothole));   // the group's rule (2) outweighs the district's (1)
        Assert.Equal("parks", await AgencyAsync(harbourGraffiti));
        Assert.Equal("service-desk", await AgencyAsync(northGraffiti));

        var item = await fixture.QueueItemAsync("roads-north", north);
        Assert.NotNull(item);
        var requested = (DateTimeOffset)item["requestedAt"]!;
        var due = (DateTimeOffset)item["dueAt"]!;
        var acknowledgeDue = (DateTimeOffset)item["acknowledgeDueAt"]!;

        // Round the clock bar one second a day: 3 working days are 3 × 86,399 s, 1 day 86,399 s, plus at most the closed seconds crossed.
        Assert.InRange(due - requested, TimeSpan.FromSeconds(3 * 86_399), TimeSpan.FromSeconds(3 * 86_399 + 4));
        Assert.InRange(acknowledgeDue - requested, TimeSpan.FromSeconds(86_399), TimeSpan.FromSeconds(86_399 + 2));
        Assert.Equal("on_track", (string?)item["sla"]);
    }

    [Fact]
    public async Task BadDocuments_EveryFaultInOneProblemDetails_NothingChanged_AdminsOnly()
    {
        var badRouting = new
        {
            departments = new object[] { new { id = "roads", name = "Roads" }, new { id = "roads", name = "Roads again" } },
            rules = new object[] { new { department = "sewers", serviceCode = "drain" }, new { department = "roads" }, new { department = "roads", serviceCode = "x", serviceGroup = "y" } },
            defaultDepartment = "helpdesk",
        };
        var refused = await _api.Http.PutAsJsonAsync("/api/v1/citizens/routing", badRouting);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await PolisApi.ReadProblemAsync(refused);
        Assert.Equal(["defaultDepartment", "departments", "rules[0]", "rules[1]", "rules[2]"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("does not exist", (string?)problem["errors"]!["rules[0]"]![0], StringComparison.Ordinal);

        var badLevels = new
        {
            calendar = new { workingDays = new[] { "monday", "funday" }, opens = "16:00", closes = "8am", holidays = new[] { "2026-02-30" } },
            defaultPolicy = new { acknowledgeDays = 2, fixDays = 1, dueSoonHours = -1, escalateEveryHours = 0 },
        };
        refused = await _api.Http.PutAsJsonAsync("/api/v1/citizens/service-levels", badLevels);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        problem = await PolisApi.ReadProblemAsync(refused);
        Assert.Equal(
            ["calendar.closes", "calendar.holidays[0]", "calendar.workingDays[1]", "defaultPolicy.dueSoonHours", "defaultPolicy.escalateEveryHours", "defaultPolicy.fixDays"],
            problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));

        Assert.Equal("service-desk", (string?)(await _api.GetJsonAsync("/api/v1/citizens/routing"))["defaultDepartment"]);
        Assert.Equal(3, (double)(await _api.GetJsonAsync("/api/v1/citizens/service-levels"))["defaultPolicy"]!["fixDays"]!);

        var create = await _api.Http.PostAsJsonAsync("/api/v1/users", new { email = "routing-operator@e2e.local", password = "Routing-operator-pw-1", role = "operator" });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        using var operatorApi = await PolisApi.SignInAsync(fixture.Polis, "routing-operator@e2e.local", "Routing-operator-pw-1");
        Assert.Equal(HttpStatusCode.OK, (await operatorApi.Http.GetAsync(new Uri("/api/v1/citizens/routing", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorApi.Http.PutAsJsonAsync("/api/v1/citizens/routing", QueuePolisFixture.Routing)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorApi.Http.PutAsJsonAsync("/api/v1/citizens/service-levels", QueuePolisFixture.ServiceLevels)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous.GetAsync(new Uri("/api/v1/citizens/service-levels", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous.GetAsync(new Uri("/api/v1/citizens/queue", UriKind.Relative))).StatusCode);
    }

    private async Task<string?> AgencyAsync(long id)
    {
        var (_, body, _) = await fixture.Open311.GetAsync($"/open311/v2/requests/{id}.json");
        return (string?)JsonNode.Parse(body)![0]!["agency_responsible"];
    }
}
