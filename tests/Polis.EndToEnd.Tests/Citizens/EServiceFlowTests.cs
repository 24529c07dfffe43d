using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// E-services through the real polis process: an administrator defines a permit with a form and a required PDF, a
/// registered resident applies with a real PDF, staff ask for more information, the resident answers, staff approve and
/// complete; the resident tracks it all without seeing internal notes, and nobody else can see it.
/// </summary>
[Collection(EServicePolis.Name)]
public sealed class EServiceFlowTests(EServiceFixture fixture)
{
    private readonly EServiceClient _client = fixture.Client;

    [Fact]
    public async Task Permit_SubmitAskAnswerApproveComplete_ResidentTracksIt()
    {
        var code = await _client.DefinePermitAsync();
        using var ada = await _client.ResidentAsync("ada");
        using var bo = await _client.ResidentAsync("bo");
        var catalogue = (await ada.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/eservices"))!;
        Assert.Contains(catalogue, s => s!["code"]!.GetValue<string>() == code && s["kind"]!.GetValue<string>() == "permit");

        var plan = EServiceClient.Pdf("Site plan");
        var created = await EServiceClient.ReadAsync(await EServiceClient.SubmitAsync(ada, EServiceClient.ValidAnswers(code), ("site-plan", "plan.pdf", plan)), HttpStatusCode.Created);
        var id = EServiceClient.Id(created);
        Assert.Matches(@"^ES-\d{4}-\d{6}$", created["reference"]!.GetValue<string>());
        Assert.Equal("submitted", created["status"]!.GetValue<string>());

        var queue = (await fixture.Admin.Http.GetFromJsonAsync<JsonArray>($"{EServiceClient.Requests}?service={code}&status=submitted&department=planning"))!;
        Assert.Equal([id], queue.Select(r => EServiceClient.Id(r!)));
        await EServiceClient.ReadAsync(await _client.ChangeStatusAsync(id, "in_review"), HttpStatusCode.OK);
        await EServiceClient.ReadAsync(await _client.ChangeStatusAsync(id, "needs_information", "Please add a photo or drawing of the facade."), HttpStatusCode.OK);
        await EServiceClient.ReadAsync(await fixture.Admin.Http.PostAsJsonAsync($"{EServiceClient.Requests}/{id}/comments", new { text = "Neighbour phoned to complain." }), HttpStatusCode.OK);

        var tracked = await ada.GetJsonAsync($"{EServiceClient.MyRequests}/{id}");
        Assert.Equal("needs_information", tracked["request"]!["status"]!.GetValue<string>());
        var texts = tracked["history"]!.AsArray().Select(e => e!["text"]?.GetValue<string>()).ToList();
        Assert.Contains("Please add a photo or drawing of the facade.", texts);
        Assert.DoesNotContain("Neighbour phoned to complain.", texts);
        Assert.Equal(["resident", "staff", "staff"], tracked["history"]!.AsArray().Select(e => e!["actor"]!.GetValue<string>()));

        var facade = EServiceClient.Pdf("Facade");
        var answered = await EServiceClient.PostMultipartAsync(ada, $"{EServiceClient.MyRequests}/{id}/information", [("text", "The facade drawing is attached.")], ("other", "facade.pdf", facade));
        Assert.Equal("in_review", (await EServiceClient.ReadAsync(answered, HttpStatusCode.OK))["newStatus"]!.GetValue<string>());
        await EServiceClient.ReadAsync(await _client.ChangeStatusAsync(id, "approved", "Approved as drawn."), HttpStatusCode.OK);
        await EServiceClient.ReadAsync(await _client.ChangeStatusAsync(id, "completed"), HttpStatusCode.OK);

        var staffView = await fixture.Admin.GetJsonAsync($"{EServiceClient.Requests}/{id}");
        Assert.Equal(["submitted", "status", "status", "comment", "information", "status", "status"], staffView["history"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        Assert.Contains(staffView["history"]!.AsArray(), e => e!["actor"]!.GetValue<string>() == PolisProcess.AdminEmail && e["public"]!.GetValue<bool>() == false);
        var attachments = staffView["attachments"]!.AsArray();
        Assert.Equal(["site-plan", "other"], attachments.Select(a => a!["rule"]!.GetValue<string>()));
        var download = await fixture.Admin.Http.GetAsync(new Uri(attachments[0]!["url"]!.GetValue<string>(), UriKind.Relative));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(plan, await download.Content.ReadAsByteArrayAsync());

        var mine = await ada.GetJsonAsync($"{EServiceClient.MyRequests}/{id}");
        Assert.Equal("completed", mine["request"]!["status"]!.GetValue<string>());
        Assert.Null(mine["request"]!["residentUserId"]?.GetValue<string>());
        var ownDownload = await ada.Http.GetByteArrayAsync(new Uri(mine["attachments"]![1]!["url"]!.GetValue<string>(), UriKind.Relative));
        Assert.Equal(facade, ownDownload);
        Assert.Equal([id], (await ada.Http.GetFromJsonAsync<JsonArray>(EServiceClient.MyRequests))!.Select(r => EServiceClient.Id(r!)));

        Assert.Equal(HttpStatusCode.NotFound, (await bo.Http.GetAsync(new Uri($"{EServiceClient.MyRequests}/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.Http.GetAsync(new Uri(mine["attachments"]![0]!["url"]!.GetValue<string>(), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.Http.PostAsync(new Uri($"{EServiceClient.MyRequests}/{id}/withdraw", UriKind.Relative), null)).StatusCode);
        Assert.Empty((await bo.Http.GetFromJsonAsync<JsonArray>(EServiceClient.MyRequests))!);
        var late = await ada.Http.PostAsync(new Uri($"{EServiceClient.MyRequests}/{id}/withdraw", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("Request cannot be withdrawn", (await PolisApi.ReadProblemAsync(late))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Permit_ResidentWithdrawsBeforeReview_Withdrawn()
    {
        var code = await _client.DefinePermitAsync();
        using var cy = await _client.ResidentAsync("cy");
        var id = EServiceClient.Id(await EServiceClient.ReadAsync(
            await EServiceClient.SubmitAsync(cy, EServiceClient.ValidAnswers(code), ("site-plan", "plan.pdf", EServiceClient.Pdf("Plan"))), HttpStatusCode.Created));

        var withdrawn = await EServiceClient.ReadAsync(await cy.Http.PostAsync(new Uri($"{EServiceClient.MyRequests}/{id}/withdraw", UriKind.Relative), null), HttpStatusCode.OK);

        Assert.Equal("withdrawn", withdrawn["newStatus"]!.GetValue<string>());
        var refused = await _client.ChangeStatusAsync(id, "in_review");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("nothing (it is final)", (await PolisApi.ReadProblemAsync(refused))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
