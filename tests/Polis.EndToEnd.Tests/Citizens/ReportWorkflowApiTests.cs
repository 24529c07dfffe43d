using System.Net;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// The lifecycle rules over HTTP in the real process: the operators' status endpoint refuses with problem details
/// carrying the reason code, and Open311 updates refuse with the spec's 400; FixMyStreet's reopen is the reporter's.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class ReportWorkflowApiTests(Open311Fixture fixture)
{
    private readonly MyReportsResidents _residents = new(fixture);
    private readonly Open311Client _client = new(fixture.Anonymous);

    [Fact]
    public async Task StaffStatus_SkippingBackDuplicateAndNotResponsibleRules_RefusedWithReason()
    {
        var id = long.Parse(await Open311Posts.CreatePotholeAsync(_client, fixture.ApiKey), System.Globalization.CultureInfo.InvariantCulture);
        var original = long.Parse(await Open311Posts.CreatePotholeAsync(_client, fixture.ApiKey), System.Globalization.CultureInfo.InvariantCulture);
        await _residents.StaffMovedAsync(id, "in_progress");

        var back = await MyReportsResidents.AssertProblemAsync(_residents.StaffAsync(id, new { status = "confirmed" }), HttpStatusCode.Conflict, "NotForward");
        Assert.Equal("Status change not allowed", (string?)back["title"]);
        Assert.Equal("A report cannot go from 'in_progress' back to 'confirmed': staff move reports forward only.", (string?)back["detail"]);
        await MyReportsResidents.AssertProblemAsync(_residents.StaffAsync(id, new { status = "in_progress" }), HttpStatusCode.Conflict, "Unchanged");
        await MyReportsResidents.AssertProblemAsync(_residents.StaffAsync(id, new { status = "duplicate" }), HttpStatusCode.BadRequest, "OriginalRequired");
        await MyReportsResidents.AssertProblemAsync(_residents.StaffAsync(id, new { status = "duplicate", duplicateOf = 987654 }), HttpStatusCode.BadRequest, "OriginalNotFound");
        await MyReportsResidents.AssertProblemAsync(_residents.StaffAsync(id, new { status = "not_responsible" }), HttpStatusCode.BadRequest, "NoteRequired");
        Assert.Equal(2, (await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["history"]!.AsArray().Count);

        var marked = await _residents.StaffAsync(id, new { status = "duplicate", note = "Same hole as the other report.", duplicateOf = original });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var duplicate = (await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["report"]!;
        Assert.Equal(("duplicate", original), ((string?)duplicate["status"], duplicate["duplicateOf"]!.GetValue<long>()));
        var third = long.Parse(await Open311Posts.CreatePotholeAsync(_client, fixture.ApiKey), System.Globalization.CultureInfo.InvariantCulture);
        await MyReportsResidents.AssertProblemAsync(_residents.StaffAsync(third, new { status = "duplicate", duplicateOf = id }), HttpStatusCode.Conflict, "OriginalIsDuplicate");
    }

    [Fact]
    public async Task Open311Update_BackwardsRefusedWithSpecError_ReopenOnlyAsTheReporter()
    {
        var id = await Open311Posts.CreatePotholeAsync(_client, fixture.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await UpdateAsync(id, "FIXED", "Filled.")).Status);

        var (backStatus, backBody) = await UpdateAsync(id, "IN_PROGRESS", "Oops");
        Assert.Equal(HttpStatusCode.BadRequest, backStatus);
        Open311Schemas.AssertValid(Open311Schemas.Errors, backBody);
        Assert.StartsWith("Status change not allowed: A report cannot go from 'fixed' back to 'in_progress'", (string?)JsonNode.Parse(backBody)![0]!["description"], StringComparison.Ordinal);

        var (strangerStatus, strangerBody) = await UpdateAsync(id, "OPEN", "Not fixed!", ("email", "stranger@example.org"));
        Assert.Equal(HttpStatusCode.BadRequest, strangerStatus);
        Assert.Contains("Only the reporter", strangerBody, StringComparison.Ordinal);

        // FixMyStreet forwards its reporter's "not fixed" as an OPEN update with the reporter's e-mail.
        var (reopenStatus, reopenBody) = await UpdateAsync(id, "OPEN", "Still there.", ("email", "Resident@Example.org"));
        Assert.True(reopenStatus == HttpStatusCode.OK, reopenBody);
        var report = (await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["report"]!;
        Assert.Equal(("confirmed", 1), ((string?)report["status"], report["reopenings"]!.GetValue<int>()));

        // An OPEN update on an open report is a public comment: the status stays.
        Assert.Equal(HttpStatusCode.OK, (await UpdateAsync(id, "OPEN", "Crew booked.")).Status);
        Assert.Equal("confirmed", (string?)(await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["report"]!["status"]);
    }

    private Task<(HttpStatusCode Status, string Body)> UpdateAsync(string id, string status, string description, params (string, string)[] more) =>
        _client.PostFormAsync("/open311/v2/servicerequestupdates.json",
            [("api_key", fixture.ApiKey), ("jurisdiction_id", Open311Fixture.Jurisdiction), ("service_request_id", id), ("status", status), ("description", description), .. more]);
}
