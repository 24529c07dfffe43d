using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Tests.Http;

namespace Polis.NgsiLd.Tests.Subscriptions;

/// <summary>The subscription routes over a real Kestrel host and the real SQLite store.</summary>
public sealed class SubscriptionEndpointsTests(NgsiLdApiFixture api) : IClassFixture<NgsiLdApiFixture>
{
    private const string Route = "/ngsi-ld/v1/subscriptions";

    [Fact]
    public async Task Create_ValidBody_201WithLocationThenRetrievableWithStatus()
    {
        var body = SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:crud-1");

        using var created = await api.Writer.PostAsJsonAsync(Route, body);
        var fetched = await GetAsync(created.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(Route + "/urn:ngsi-ld:Subscription:crud-1", created.Headers.Location!.OriginalString);
        Assert.Equal("urn:ngsi-ld:Subscription:crud-1", (string?)fetched["id"]);
        Assert.Equal("active", (string?)fetched["status"]);
        Assert.Equal(0, (int)fetched["notification"]!["timesSent"]!);
        Assert.Equal("keyValues", (string?)fetched["notification"]!["format"]);
        Assert.Equal("pm25>40", (string?)fetched["q"]);
    }

    [Fact]
    public async Task Create_SameIdTwice_409AlreadyExistsAndFirstKept()
    {
        using var first = await api.Writer.PostAsJsonAsync(Route, SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:dup"));
        var second = SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:dup");
        second["q"] = "pm25>99";

        using var response = await api.Writer.PostAsJsonAsync(Route, second);

        await AssertErrorAsync(response, HttpStatusCode.Conflict, NgsiLdErrorTypes.AlreadyExists);
        Assert.Equal("pm25>40", (string?)(await GetAsync(Route + "/urn:ngsi-ld:Subscription:dup"))["q"]);
    }

    [Fact]
    public async Task Create_BadEndpoint_400BadRequestDataAndNothingStored()
    {
        var body = SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:bad", "mqtt://broker.example/topic");

        using var response = await api.Writer.PostAsJsonAsync(Route, body);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, NgsiLdErrorTypes.BadRequestData);
        using var get = await api.Client.GetAsync(new Uri(Route + "/urn:ngsi-ld:Subscription:bad", UriKind.Relative));
        await AssertErrorAsync(get, HttpStatusCode.NotFound, NgsiLdErrorTypes.ResourceNotFound);
    }

    [Fact]
    public async Task Create_MalformedJson_400InvalidRequest()
    {
        using var content = new StringContent("{\"type\":", Encoding.UTF8, "application/json");

        using var response = await api.Writer.PostAsync(new Uri(Route, UriKind.Relative), content);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, NgsiLdErrorTypes.InvalidRequest);
    }

    [Fact]
    public async Task Create_JsonLdWithContext_ContextKeptForNotifications()
    {
        var body = SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:ld");
        body["@context"] = "https://example.org/city-context.jsonld";
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/ld+json");

        using var response = await api.Writer.PostAsync(new Uri(Route, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("https://example.org/city-context.jsonld", (string?)(await GetAsync(Route + "/urn:ngsi-ld:Subscription:ld"))["jsonldContext"]);
    }

    [Fact]
    public async Task Create_Viewer_403()
    {
        using var response = await api.Client.PostAsJsonAsync(Route, SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:viewer"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Query_LimitOffsetCount_PagesInIdOrderAndCountsAll()
    {
        foreach (var n in new[] { "list-b", "list-a", "list-c" })
        {
            using var created = await api.Writer.PostAsJsonAsync(Route, SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:" + n));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var response = await api.Client.GetAsync(new Uri(Route + "?limit=1000&count=true", UriKind.Relative));
        var all = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(s => (string)s!["id"]!).ToList();
        using var page = await api.Client.GetAsync(new Uri(Route + "?limit=1&offset=" + all.IndexOf("urn:ngsi-ld:Subscription:list-b"), UriKind.Relative));

        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("NGSILD-Results-Count")));
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal("urn:ngsi-ld:Subscription:list-b", (string?)Assert.Single(JsonNode.Parse(await page.Content.ReadAsStringAsync())!.AsArray())!["id"]);
    }

    [Fact]
    public async Task Patch_IsActiveFalse_PausedAndOtherMembersKept()
    {
        using var created = await api.Writer.PostAsJsonAsync(Route, SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:patch"));
        using var content = new StringContent("""{"isActive":false}""", Encoding.UTF8, "application/json");

        using var response = await api.Writer.PatchAsync(new Uri(Route + "/urn:ngsi-ld:Subscription:patch", UriKind.Relative), content);
        var fetched = await GetAsync(Route + "/urn:ngsi-ld:Subscription:patch");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("paused", (string?)fetched["status"]);
        Assert.Equal("pm25>40", (string?)fetched["q"]);
    }

    [Fact]
    public async Task Patch_MergePatchJson_204AndApplied()
    {
        // ngsijs's ld.updateSubscription sends application/merge-patch+json (allowed for PATCH by clause 6.3.4).
        using var created = await api.Writer.PostAsJsonAsync(Route, SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:merge-patch"));
        using var content = new StringContent("""{"isActive":false,"q":"pm25>60"}""", Encoding.UTF8, "application/merge-patch+json");

        using var response = await api.Writer.PatchAsync(new Uri(Route + "/urn:ngsi-ld:Subscription:merge-patch", UriKind.Relative), content);
        var fetched = await GetAsync(Route + "/urn:ngsi-ld:Subscription:merge-patch");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("paused", (string?)fetched["status"]);
        Assert.Equal("pm25>60", (string?)fetched["q"]);
    }

    [Fact]
    public async Task Create_MergePatchJson_415InvalidRequest()
    {
        var body = SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:merge-post").ToJsonString();
        using var content = new StringContent(body, Encoding.UTF8, "application/merge-patch+json");

        using var response = await api.Writer.PostAsync(new Uri(Route, UriKind.Relative), content);

        await AssertErrorAsync(response, HttpStatusCode.UnsupportedMediaType, NgsiLdErrorTypes.InvalidRequest);
    }

    [Fact]
    public async Task Patch_InvalidQ_400AndSubscriptionUnchanged()
    {
        using var created = await api.Writer.PostAsJsonAsync(Route, SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:patch-bad"));
        using var content = new StringContent("""{"q":"pm25>>"}""", Encoding.UTF8, "application/json");

        using var response = await api.Writer.PatchAsync(new Uri(Route + "/urn:ngsi-ld:Subscription:patch-bad", UriKind.Relative), content);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, NgsiLdErrorTypes.BadRequestData);
        Assert.Equal("pm25>40", (string?)(await GetAsync(Route + "/urn:ngsi-ld:Subscription:patch-bad"))["q"]);
    }

    [Fact]
    public async Task Delete_Existing_204ThenGone()
    {
        using var created = await api.Writer.PostAsJsonAsync(Route, SubscriptionBodies.With("id", "urn:ngsi-ld:Subscription:del"));

        using var deleted = await api.Writer.DeleteAsync(new Uri(Route + "/urn:ngsi-ld:Subscription:del", UriKind.Relative));
        using var again = await api.Writer.DeleteAsync(new Uri(Route + "/urn:ngsi-ld:Subscription:del", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertErrorAsync(again, HttpStatusCode.NotFound, NgsiLdErrorTypes.ResourceNotFound);
    }

    private async Task<JsonObject> GetAsync(string path)
    {
        using var response = await api.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(type, (string?)error["type"]);
        Assert.False(string.IsNullOrEmpty((string?)error["detail"]));
    }
}
