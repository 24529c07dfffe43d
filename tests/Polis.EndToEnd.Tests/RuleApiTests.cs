using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>Rules as validated JSON through the API: unknown keys and bad targets refused, nothing half-stored.</summary>
[Collection(SharedPolis.Name)]
public sealed class RuleApiTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    private const string Pm25Rule = """
        { "id": "e2e-pm25-high", "name": "PM2.5 above 35 for 10 minutes", "target": { "profileId": "air-quality" }, "severity": "major",
          "condition": { "type": "threshold", "key": "pm25", "operator": ">", "value": 35, "forSeconds": 600 } }
        """;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string json) =>
        _api.Http.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    [Fact]
    public async Task CreateReadReplaceDelete_ValidRule_RoundTrips()
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/rules", Pm25Rule);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var duplicate = await SendAsync(HttpMethod.Post, "/api/v1/rules", Pm25Rule);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var read = await _api.GetJsonAsync("/api/v1/rules/e2e-pm25-high");
        Assert.Equal(35, read["condition"]!["value"]!.GetValue<double>());
        Assert.Equal("major", read["severity"]!.GetValue<string>());
        var listed = JsonNode.Parse(await _api.Http.GetStringAsync(new Uri("/api/v1/rules?profileId=air-quality", UriKind.Relative)))!.AsArray();
        Assert.Contains(listed, r => r!["id"]!.GetValue<string>() == "e2e-pm25-high");

        var replaced = await SendAsync(HttpMethod.Put, "/api/v1/rules/e2e-pm25-high", Pm25Rule.Replace("\"value\": 35", "\"value\": 50", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(50, (await _api.GetJsonAsync("/api/v1/rules/e2e-pm25-high"))["condition"]!["value"]!.GetValue<double>());

        Assert.Equal(HttpStatusCode.NoContent, (await _api.Http.DeleteAsync(new Uri("/api/v1/rules/e2e-pm25-high", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri("/api/v1/rules/e2e-pm25-high", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("\"forSeconds\": 600", "\"forSeconds\": 600, \"sneaky\": 1", "condition")]
    [InlineData("\"key\": \"pm25\"", "\"key\": \"pm2.5\"", "condition.key")]
    [InlineData("\"profileId\": \"air-quality\"", "\"profileId\": \"no-such-profile\"", "target.profileId")]
    [InlineData("\"severity\": \"major\"", "\"severity\": \"apocalyptic\"", "severity")]
    [InlineData("\"value\": 35", "\"value\": \"high\"", "condition.value")]
    public async Task Create_InvalidRule_ValidationProblemNamesTheFieldAndStoresNothing(string original, string broken, string field)
    {
        var json = Pm25Rule.Replace(original, broken, StringComparison.Ordinal).Replace("e2e-pm25-high", "e2e-broken-" + field.Replace('.', '-'), StringComparison.Ordinal);

        var response = await SendAsync(HttpMethod.Post, "/api/v1/rules", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await PolisApi.ReadProblemAsync(response))["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Key.StartsWith(field, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri("/api/v1/rules/e2e-broken-" + field.Replace('.', '-'), UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Create_MalformedJson_ValidationProblem()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/rules", "{ \"id\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await PolisApi.ReadProblemAsync(response);
    }
}
