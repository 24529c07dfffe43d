using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// Escalation over real time in the real process (a sweep every second, streetlights due within two seconds): the
/// overdue report reaches level 1 with its department told, gets an internal history note and one platform alarm for
/// the operations centre; fixed, its alarm is cleared.
/// </summary>
[Collection(QueuePolis.Name)]
public sealed class EscalationTests(QueuePolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task OverdueReport_EscalatesOnce_NoteAndOneAlarm_FixedClearsTheAlarm()
    {
        var id = await fixture.ReportAsync("streetlight", QueuePolisFixture.Nord);
        var item = await Eventually.ReturnsAsync(() => fixture.QueueItemAsync("lighting", id), i => i is not null && (int)i["escalationLevel"]! == 1, "the report escalates");
        Assert.Equal(("overdue", "lighting"), ((string?)item!["sla"], (string?)item["escalatedTo"]));

        var alarms = await Eventually.ReturnsAsync(() => AlarmsAsync(id), a => a.Count == 1, "its alarm is raised");
        var alarm = alarms[0]!;
        Assert.Equal("minor", ((string?)alarm["severity"])?.ToLowerInvariant());
        Assert.Contains($"Report {id} overdue: level 1, lighting", (string?)alarm["name"], StringComparison.Ordinal);

        var history = (await _api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["history"]!.AsArray();
        var note = Assert.Single(history, h => (string?)h!["actor"] == "sla-escalation")!;
        Assert.False((bool)note["public"]!);
        Assert.Contains("escalated to level 1, lighting.", (string?)note["note"], StringComparison.Ordinal);

        // Escalating again every 1000 working hours: later sweeps change nothing.
        await Eventually.ReturnsAsync(() => fixture.QueueItemAsync("lighting", id), i => (double)i!["workingHoursOverdue"]! > 0.001, "a few more sweeps pass");
        Assert.Single((await _api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["history"]!.AsArray(), h => (string?)h!["actor"] == "sla-escalation");

        var fixedResponse = await _api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/status", new { status = "fixed", note = "New lamp." });
        Assert.Equal(HttpStatusCode.OK, fixedResponse.StatusCode);
        await Eventually.ReturnsAsync(() => AlarmsAsync(id), a => a.Count == 1 && ((string?)a[0]!["status"])?.Contains("clear", StringComparison.OrdinalIgnoreCase) == true, "its alarm is cleared");
        Assert.Null(await fixture.QueueItemAsync("lighting", id));
    }

    private async Task<JsonArray> AlarmsAsync(long id)
    {
        var page = await _api.GetJsonAsync($"/api/v1/alarms?deviceId=citizens-report-{id}&ruleId=citizens.report-overdue");
        return page["items"]!.AsArray();
    }
}
