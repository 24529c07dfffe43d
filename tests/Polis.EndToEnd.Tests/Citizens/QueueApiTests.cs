using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// The operators' queue through the real process: a department's open reports with SLA state, due dates and escalation,
/// most urgent first, filtered by state and paged; the per-department summary; bad filters refused.
/// </summary>
[Collection(QueuePolis.Name)]
public sealed class QueueApiTests(QueuePolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task Queue_ListsADepartmentsOpenReports_MostUrgentFirst_FilteredByState_LeavesClosedOnesOut()
    {
        var first = await fixture.ReportAsync("graffiti", QueuePolisFixture.Harbour);
        var second = await fixture.ReportAsync("graffiti", QueuePolisFixture.Harbour);
        var closed = await fixture.ReportAsync("graffiti", QueuePolisFixture.Harbour);
        var changed = await _api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{closed}/status", new { status = "closed", note = "Not graffiti." });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var queue = (await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/queue?department=parks&sla=on_track,due_soon"))!;
        var ids = queue.Select(i => (long)i!["id"]!).ToList();
        Assert.True(ids.IndexOf(first) >= 0 && ids.IndexOf(first) < ids.IndexOf(second), string.Join(",", ids));
        Assert.DoesNotContain(closed, ids);
        Assert.All(queue, i => Assert.Equal("parks", (string?)i!["department"]));
        var dueDates = queue.Select(i => (DateTimeOffset)i!["dueAt"]!).ToList();
        Assert.Equal(dueDates.Order(), dueDates);
        var item = queue.Single(i => (long)i!["id"]! == first)!;
        Assert.Equal(("on_track", 0, "submitted", false), ((string?)item["sla"], (int)item["escalationLevel"]!, (string?)item["status"], (bool)item["acknowledged"]!));
        Assert.InRange((double)item["workingHoursLeft"]!, 71.9, 72);

        Assert.DoesNotContain(first, (await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/queue?department=parks&sla=overdue"))!.Select(i => (long)i!["id"]!));
        var page = await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/queue?department=parks&offset=1&limit=1");
        Assert.Equal(ids[1], (long)Assert.Single(page!)!["id"]!);
    }

    [Fact]
    public async Task Summary_CountsOpenReportsPerDepartmentByState()
    {
        await fixture.ReportAsync("graffiti", QueuePolisFixture.Nord);
        var summary = await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/queue/summary");
        var desk = summary!.Single(s => (string?)s!["department"] == "service-desk")!;
        Assert.True((int)desk["open"]! >= 1);
        Assert.Equal((int)desk["open"]!, (int)desk["onTrack"]! + (int)desk["dueSoon"]! + (int)desk["overdue"]! + (int)desk["unscheduled"]!);
        var queue = await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/queue?department=service-desk&limit=1000");
        Assert.Equal(queue!.Count, (int)desk["open"]!);
    }

    [Fact]
    public async Task Queue_BadFilters_ProblemDetailsNamingEach()
    {
        var refused = await _api.Http.GetAsync(new Uri("/api/v1/citizens/queue?sla=late&limit=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await PolisApi.ReadProblemAsync(refused))["errors"]!.AsObject();
        Assert.Equal(["paging", "sla"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("on_track, due_soon, overdue", (string?)errors["sla"]![0], StringComparison.Ordinal);
    }
}
