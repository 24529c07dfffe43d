using System.Net;
using System.Text.Json.Nodes;
using Polis.NgsiLd.Errors;

namespace Polis.NgsiLd.Tests.Http;

/// <summary>GET /ngsi-ld/v1/types/{type} (clause 5.7.2), which ngsijs's ld.getType calls.</summary>
public sealed class RetrieveTypeEndpointTests(NgsiLdApiFixture api) : IClassFixture<NgsiLdApiFixture>
{
    [Theory]
    [InlineData("AirQualityObserved")]
    [InlineData("https%3A%2F%2Fsmartdatamodels.org%2FdataModel.Environment%2FAirQualityObserved")]
    public async Task RetrieveType_TypeInUse_EntityTypeInfoWithCountAndAttributes(string type)
    {
        using var response = await api.Client.GetAsync(new Uri("/ngsi-ld/v1/types/" + type, UriKind.Relative));
        var info = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("EntityTypeInfo", (string?)info["type"]);
        Assert.Equal("AirQualityObserved", (string?)info["typeName"]);
        Assert.Equal(3, (int)info["entityCount"]!);
        var attributes = info["attributeDetails"]!.AsArray().Select(a => (string?)a!["attributeName"]).ToList();
        Assert.Contains("pm25", attributes);
        Assert.Contains("location", attributes);
    }

    [Fact]
    public async Task RetrieveType_NoEntityOfType_404ResourceNotFound()
    {
        using var response = await api.Client.GetAsync(new Uri("/ngsi-ld/v1/types/StreetLight", UriKind.Relative));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // Exactly, without a charset: ngsijs compares the whole Content-Type before it reads an error body.
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(NgsiLdErrorTypes.ResourceNotFound, (string?)error["type"]);
    }
}
