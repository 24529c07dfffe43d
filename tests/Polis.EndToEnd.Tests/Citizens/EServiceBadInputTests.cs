using System.Net;
using System.Net.Http.Json;
using System.Text;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>Bad input to the e-services API over HTTP: problem details naming every fault, and nothing stored.</summary>
[Collection(EServicePolis.Name)]
public sealed class EServiceBadInputTests(EServiceFixture fixture)
{
    private readonly EServiceClient _client = fixture.Client;

    [Fact]
    public async Task Submit_RenamedExecutableAndBadAnswers_400WithEveryFaultAndNothingStored()
    {
        var code = await _client.DefinePermitAsync();
        using var resident = await _client.ResidentAsync("eve");
        var before = await _client.CountRequestsAsync();
        var exe = new byte[4096];
        Encoding.ASCII.GetBytes("MZ").CopyTo(exe, 0);

        var response = await EServiceClient.SubmitAsync(resident, $$$"""{"serviceCode": "{{{code}}}", "answers": {"floors": "two", "use": "castle", "colour": "red"}}""",
            ("site-plan", "plan.pdf", exe), ("site-plan", "plan2.pdf", EServiceClient.Pdf("Plan")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await PolisApi.ReadProblemAsync(response))["errors"]!.AsObject();
        Assert.Equal(["answers.address", "answers.colour", "answers.floors", "answers.use", "attachments.site-plan[0]"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("accepts pdf", errors["attachments.site-plan[0]"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await _client.CountRequestsAsync());
        Assert.Empty((await resident.Http.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>(EServiceClient.MyRequests))!);
    }

    [Fact]
    public async Task Submit_MissingPdfOversizedOrNotMultipart_RefusedAndNothingStored()
    {
        var code = await _client.DefinePermitAsync();
        using var resident = await _client.ResidentAsync("fay");
        var before = await _client.CountRequestsAsync();

        var missing = await EServiceClient.SubmitAsync(resident, EServiceClient.ValidAnswers(code));
        var oversized = await EServiceClient.SubmitAsync(resident, EServiceClient.ValidAnswers(code), ("site-plan", "big.pdf", new byte[EServiceFixture.MaxAttachmentBytes + 1]));
        var json = await resident.Http.PostAsJsonAsync(EServiceClient.MyRequests, new { serviceCode = code });
        var unknown = await EServiceClient.SubmitAsync(resident, """{"serviceCode": "no-such-service"}""");

        Assert.Contains("required", (await PolisApi.ReadProblemAsync(missing))["errors"]!["attachments.site-plan"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal("Unreadable body", (await PolisApi.ReadProblemAsync(json))["title"]!.GetValue<string>());
        Assert.NotNull((await PolisApi.ReadProblemAsync(unknown))["errors"]!["serviceCode"]);
        Assert.Equal(before, await _client.CountRequestsAsync());
    }

    [Fact]
    public async Task Catalogue_FaultyDefinitionAndWrongCallers_ProblemDetails()
    {
        var faulty = await fixture.Admin.Http.PostAsJsonAsync("/api/v1/citizens/eservices", new
        {
            code = "bad code", kind = "licence", processingDays = -1,
            form = new[] { new { code = "x", datatype = "colour" } },
            attachments = new[] { new { name = "plan", allowedTypes = new[] { "exe" } } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, faulty.StatusCode);
        var errors = (await PolisApi.ReadProblemAsync(faulty))["errors"]!.AsObject();
        Assert.Equal(["attachments[0].allowedTypes", "code", "department", "form[0].datatype", "kind", "name", "processingDays"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));

        using var resident = await _client.ResidentAsync("gus");
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Http.PostAsJsonAsync("/api/v1/citizens/eservices", EServiceClient.Permit("resident-made"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Http.GetAsync(new Uri(EServiceClient.Requests, UriKind.Relative))).StatusCode);
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/me/eservices", UriKind.Relative))).StatusCode);

        var code = await _client.DefinePermitAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Admin.Http.PostAsJsonAsync("/api/v1/citizens/eservices", EServiceClient.Permit(code))).StatusCode);
        await EServiceClient.ReadAsync(await fixture.Admin.Http.PostAsync(new Uri($"/api/v1/citizens/eservices/{code}/deactivate", UriKind.Relative), null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Http.GetAsync(new Uri($"/api/v1/me/eservices/{code}", UriKind.Relative))).StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(await EServiceClient.SubmitAsync(resident, EServiceClient.ValidAnswers(code))))["errors"]!["serviceCode"]);
    }

    [Fact]
    public async Task Workflow_RefusedChanges_ProblemDetailsAndStatusKept()
    {
        var code = await _client.DefinePermitAsync();
        using var resident = await _client.ResidentAsync("hal");
        var id = EServiceClient.Id(await EServiceClient.ReadAsync(
            await EServiceClient.SubmitAsync(resident, EServiceClient.ValidAnswers(code), ("site-plan", "plan.pdf", EServiceClient.Pdf("Plan"))), HttpStatusCode.Created));

        var skip = await _client.ChangeStatusAsync(id, "approved");
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Equal("Status change not allowed", (await PolisApi.ReadProblemAsync(skip))["title"]!.GetValue<string>());
        await EServiceClient.ReadAsync(await _client.ChangeStatusAsync(id, "in_review"), HttpStatusCode.OK);
        var noReason = await _client.ChangeStatusAsync(id, "rejected");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Reason required", (await PolisApi.ReadProblemAsync(noReason))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.ChangeStatusAsync(id, "granted")).StatusCode);
        var notAsked = await EServiceClient.PostMultipartAsync(resident, $"{EServiceClient.MyRequests}/{id}/information", [("text", "More")]);
        Assert.Equal(HttpStatusCode.Conflict, notAsked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.ChangeStatusAsync(999_999, "in_review")).StatusCode);

        var staffView = await fixture.Admin.GetJsonAsync($"{EServiceClient.Requests}/{id}");
        Assert.Equal("in_review", staffView["request"]!["status"]!.GetValue<string>());
        Assert.Equal(2, staffView["history"]!.AsArray().Count);
    }
}
