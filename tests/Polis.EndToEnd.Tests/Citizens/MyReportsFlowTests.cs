using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// The resident's own channel through the real process: an unverified resident files a report with a photo, staff fix
/// it with a public note (and an internal one), the resident is notified, reads the public history only, confirms
/// the fix; another report is reopened; another resident sees none of it.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class MyReportsFlowTests(Open311Fixture fixture)
{
    private readonly MyReportsResidents _residents = new(fixture);

    [Fact]
    public async Task FileWithPhoto_StaffFix_NotifiedReadsPublicHistoryConfirms_Closed()
    {
        var (rita, ritaId) = await _residents.ResidentAsync("rita");
        var (status, body) = await new Open311Client(rita.Http).PostMultipartAsync("/api/v1/me/reports", MyReportsResidents.Png, "photo.png", "image/png",
            ("service_code", "pothole"), ("lat", Open311Fixture.InsideLat), ("long", Open311Fixture.InsideLong), ("attribute[size]", "large"),
            ("description", "Hole <b>by</b> the bakery"), ("email", "someone-else@example.org"));
        Assert.True(status == HttpStatusCode.Created, body);
        var filed = JsonNode.Parse(body)!;
        var id = filed["id"]!.GetValue<long>();
        Assert.Equal(("submitted", "Hole by the bakery"), ((string?)filed["status"], (string?)filed["description"]));
        var photo = await fixture.Anonymous.GetByteArrayAsync(new Uri((string)filed["mediaUrl"]!));
        Assert.DoesNotContain("55.6761N", System.Text.Encoding.Latin1.GetString(photo), StringComparison.Ordinal);

        // Staff see who filed it; the contact is the resident's account, not what the form said.
        var staffView = (await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["report"]!;
        Assert.Equal(ritaId, (string?)staffView["reporterUserId"]);
        Assert.StartsWith("rita-", (string?)staffView["contact"]!["email"], StringComparison.Ordinal);

        var internalNote = await fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/notes", new { text = "Bill it to the gas works." });
        Assert.Equal(HttpStatusCode.OK, internalNote.StatusCode);
        await _residents.StaffMovedAsync(id, "fixed", "Filled with asphalt.");

        var unread = (await rita.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/notifications?unread=true"))!;
        var notice = Assert.Single(unread)!;
        Assert.Equal((id, "status"), (notice["reportId"]!.GetValue<long>(), (string?)notice["kind"]));
        Assert.Matches(@"^Your report #\d+ is now 'fixed'\. The city says: Filled with asphalt\. You can confirm the fix or reopen the report until \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$", (string?)notice["text"]);

        var mine = await rita.GetJsonAsync($"/api/v1/me/reports/{id}");
        var history = mine["history"]!.AsArray();
        Assert.Equal("fixed", (string?)Assert.Single(history)!["newStatus"]);
        Assert.DoesNotContain("gas works", mine.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(mine["report"]!["reopenUntil"]);
        Assert.Equal(id, (await rita.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/reports"))![0]!["id"]!.GetValue<long>());

        var read = await rita.Http.PostAsync(new Uri($"/api/v1/me/notifications/{notice["id"]}/read", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Empty((await rita.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/notifications?unread=true"))!);

        var confirmed = await rita.Http.PostAsJsonAsync($"/api/v1/me/reports/{id}/confirm", new { note = "Looks good, thanks." });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("closed", (string?)(await rita.GetJsonAsync($"/api/v1/me/reports/{id}"))["report"]!["status"]);
    }

    [Fact]
    public async Task Reopen_NoteRequired_ThenReopenedAndCounted_OthersSeeNothing()
    {
        var (nina, _) = await _residents.ResidentAsync("nina");
        var (omar, _) = await _residents.ResidentAsync("omar");
        var id = await MyReportsResidents.FileJsonAsync(nina);
        await _residents.StaffMovedAsync(id, "fixed", "Done.");

        await MyReportsResidents.AssertProblemAsync(nina.Http.PostAsJsonAsync($"/api/v1/me/reports/{id}/reopen", new { note = " " }), HttpStatusCode.BadRequest, "NoteRequired");
        await MyReportsResidents.AssertProblemAsync(omar.Http.PostAsJsonAsync($"/api/v1/me/reports/{id}/reopen", new { note = "Mine now" }), HttpStatusCode.NotFound, "NotFound");
        Assert.Equal(HttpStatusCode.NotFound, (await omar.Http.GetAsync(new Uri($"/api/v1/me/reports/{id}", UriKind.Relative))).StatusCode);
        Assert.Empty((await omar.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/reports"))!);
        var ninasNotice = (await nina.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/notifications"))![0]!["id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.NotFound, (await omar.Http.PostAsync(new Uri($"/api/v1/me/notifications/{ninasNotice}/read", UriKind.Relative), null)).StatusCode);

        var reopened = await nina.Http.PostAsJsonAsync($"/api/v1/me/reports/{id}/reopen", new { note = "The hole is back after the rain." });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        var report = (await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["report"]!;
        Assert.Equal(("confirmed", 1), ((string?)report["status"], report["reopenings"]!.GetValue<int>()));
        Assert.Null(report["resolvedAt"]);
        await MyReportsResidents.AssertProblemAsync(nina.Http.PostAsJsonAsync($"/api/v1/me/reports/{id}/confirm", new { }), HttpStatusCode.Conflict, "NotResolved");
    }

    [Fact]
    public async Task BadReportsAndWrongCallers_RefusedNothingStored()
    {
        var (pia, _) = await _residents.ResidentAsync("pia");
        var before = await fixture.CountReportsAsync();
        var noService = await pia.Http.PostAsJsonAsync("/api/v1/me/reports", new { latitude = 55.675, longitude = 12.56 });
        Assert.Equal(HttpStatusCode.BadRequest, noService.StatusCode);
        Assert.Contains("service_code", (string?)(await PolisApi.ReadProblemAsync(noService))["detail"], StringComparison.Ordinal);
        var outside = await pia.Http.PostAsJsonAsync("/api/v1/me/reports", new { serviceCode = "pothole", latitude = 10.0, longitude = 10.0, attributes = new { size = new[] { "large" } } });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        var (notPhoto, _) = await new Open311Client(pia.Http).PostMultipartAsync("/api/v1/me/reports", "not an image"u8.ToArray(), "photo.png", "image/png",
            ("service_code", "pothole"), ("lat", Open311Fixture.InsideLat), ("long", Open311Fixture.InsideLong), ("attribute[size]", "large"));
        Assert.Equal(HttpStatusCode.BadRequest, notPhoto);
        Assert.Equal(before, await fixture.CountReportsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous.GetAsync(new Uri("/api/v1/me/reports", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous.GetAsync(new Uri("/api/v1/me/notifications", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pia.Http.GetAsync(new Uri("/api/v1/citizens/reports", UriKind.Relative))).StatusCode);
    }
}
