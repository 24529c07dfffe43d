using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// The operators' side through the real process: the service catalogue (validated, deactivation hides a service from
/// Open311), API keys (shown once, admin only), reports with filters, status changes and notes recorded as history;
/// viewers read but cannot write, anonymous callers get nothing.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class ReportsApiTests(Open311Fixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task StatusChangeAndNotes_EachAHistoryEntryWithActorStatusesAndNote()
    {
        var id = await Open311Posts.CreatePotholeAsync(new Open311Client(fixture.Anonymous), fixture.ApiKey);
        var changed = await _api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/status", new { status = "in_progress", note = "Crew booked for Monday." });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var internalNote = await _api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/notes", new { text = "Needs the big roller." });
        Assert.Equal(HttpStatusCode.OK, internalNote.StatusCode);

        var detail = await _api.GetJsonAsync($"/api/v1/citizens/reports/{id}");
        Assert.Equal("in_progress", (string?)detail["report"]!["status"]);
        var history = detail["history"]!.AsArray();
        Assert.Equal(3, history.Count);
        Assert.Equal(new[] { null, "submitted", "in_progress" }, history.Select(h => (string?)h!["oldStatus"]));
        Assert.Equal(new[] { "submitted", "in_progress", "in_progress" }, history.Select(h => (string)h!["newStatus"]!));
        Assert.Equal("Crew booked for Monday.", (string?)history[1]!["note"]);
        Assert.Equal(PolisProcess.AdminEmail, (string?)history[1]!["actor"]);
        Assert.False((bool)history[2]!["public"]!);
        Assert.StartsWith("open311:", (string?)history[0]!["actor"], StringComparison.Ordinal);

        // The internal note never reaches Open311's updates; the public status change does.
        var (_, updates, _) = await new Open311Client(fixture.Anonymous).GetAsync("/open311/v2/servicerequestupdates.json");
        var forThis = JsonNode.Parse(updates)!.AsArray().Where(u => (string?)u!["service_request_id"] == id).ToList();
        Assert.Equal(new[] { "IN_PROGRESS" }, forThis.Select(u => (string)u!["status"]!));

        var inProgress = await fixture.Api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/reports?status=in_progress&serviceCode=pothole&department=roads");
        Assert.Contains(id, inProgress!.Select(r => r!["id"]!.ToString()));
        var bad = await _api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/status", new { status = "teleported" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(bad))["errors"]!["status"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.PostAsJsonAsync("/api/v1/citizens/reports/987654/notes", new { text = "x" })).StatusCode);
    }

    [Fact]
    public async Task Services_InvalidRefusedByField_DeactivatedHiddenFromOpen311()
    {
        var invalid = await _api.Http.PostAsJsonAsync("/api/v1/citizens/services", new
        {
            serviceCode = "bad.code",
            type = "sometimes",
            attributes = new object[] { new { code = "pick", datatype = "singlevaluelist" }, new { code = "pick", datatype = "colour" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await PolisApi.ReadProblemAsync(invalid))["errors"]!.AsObject();
        Assert.Equal(["attributes[0].values", "attributes[1].code", "attributes[1].datatype", "serviceCode", "serviceName", "type"], errors.Select(e => e.Key).Order().ToArray());

        await _api.PostCreatedAsync("/api/v1/citizens/services", new { serviceCode = "bench", serviceName = "Broken bench", department = "parks" });
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Http.PostAsJsonAsync("/api/v1/citizens/services", new { serviceCode = "bench", serviceName = "Again" })).StatusCode);
        var updated = await _api.Http.PutAsJsonAsync("/api/v1/citizens/services/bench", new { serviceName = "Broken or missing bench", department = "parks" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var client = new Open311Client(fixture.Anonymous);
        Assert.Contains("Broken or missing bench", (await client.GetAsync("/open311/v2/services.json")).Body, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await _api.Http.PostAsync(new Uri("/api/v1/citizens/services/bench/deactivate", UriKind.Relative), null)).StatusCode);
        Assert.DoesNotContain("\"bench\"", (await client.GetAsync("/open311/v2/services.json")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/open311/v2/services/bench.json")).Status);
        var all = await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/services?includeInactive=true");
        Assert.False((bool)all!.Single(s => (string?)s!["serviceCode"] == "bench")!["active"]!);
    }

    [Fact]
    public async Task Access_ViewerReadsOnly_KeysAdminOnly_AnonymousRefused_KeyShownOnce()
    {
        var create = await _api.Http.PostAsJsonAsync("/api/v1/users", new { email = "reports-viewer@e2e.local", password = "Reports-viewer-password-1", role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        using var viewer = await PolisApi.SignInAsync(fixture.Polis, "reports-viewer@e2e.local", "Reports-viewer-password-1");
        Assert.Equal(HttpStatusCode.OK, (await viewer.Http.GetAsync(new Uri("/api/v1/citizens/reports", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Http.PostAsJsonAsync("/api/v1/citizens/services", Open311Services.Streetlight)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Http.PostAsJsonAsync("/api/v1/citizens/reports/1/notes", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Http.GetAsync(new Uri("/api/v1/citizens/open311-keys", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous.GetAsync(new Uri("/api/v1/citizens/reports", UriKind.Relative))).StatusCode);

        var issued = await _api.PostCreatedAsync("/api/v1/citizens/open311-keys", new { name = "once" });
        var key = (string)issued["key"]!;
        Assert.StartsWith("o311_", key, StringComparison.Ordinal);
        var listed = (await _api.Http.GetStringAsync(new Uri("/api/v1/citizens/open311-keys", UriKind.Relative)));
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Contains("\"once\"", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, fixture.Polis.Output, StringComparison.Ordinal);
    }
}
