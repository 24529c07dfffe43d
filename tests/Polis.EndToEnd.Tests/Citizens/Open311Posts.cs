using System.Net;
using System.Text.Json.Nodes;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>The form fields of a valid pothole report as FixMyStreet's Open311 client posts them, and posting it.</summary>
public static class Open311Posts
{
    public static (string, string)[] Pothole(string apiKey, string description = "title: Pothole\n\ndetail: Deep hole by the bus stop", params (string, string)[] more) =>
    [
        ("api_key", apiKey), ("jurisdiction_id", Open311Fixture.Jurisdiction), ("service_code", "pothole"),
        ("lat", Open311Fixture.InsideLat), ("long", Open311Fixture.InsideLong), ("email", "resident@example.org"),
        ("first_name", "Ada"), ("last_name", "Lovelace"), ("phone", "+45 1234 5678"), ("description", description),
        ("attribute[size]", "large"), .. more,
    ];

    /// <summary>Posts a pothole report and returns its service_request_id (the answer validated against the schema).</summary>
    public static async Task<string> CreatePotholeAsync(Open311Client client, string apiKey, params (string, string)[] more)
    {
        var (status, body) = await client.PostFormAsync("/open311/v2/requests.json", Pothole(apiKey, more: more));
        Assert.True(status == HttpStatusCode.OK, body);
        Open311Schemas.AssertValid(Open311Schemas.RequestResponses, body);
        return (string)JsonNode.Parse(body)![0]!["service_request_id"]!;
    }
}
