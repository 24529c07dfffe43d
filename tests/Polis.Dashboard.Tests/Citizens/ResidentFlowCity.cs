using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>What staff do through the real API around the resident pages: a report service, an e-service, status moves and comments.</summary>
internal sealed class ResidentFlowCity(PolisApi staff)
{
    public const string Pothole = "pothole";

    public Task DefinePotholeAsync() => staff.PostCreatedAsync("/api/v1/citizens/services", new
    {
        serviceCode = Pothole,
        serviceName = "Pothole",
        description = "A hole in the road surface.",
        group = "streets",
        type = "realtime",
        department = "roads",
        attributes = new object[]
        {
            new { code = "size", datatype = "singlevaluelist", required = true, order = 1, description = "How big is it?", values = new[] { new { key = "small", name = "Smaller than a plate" }, new { key = "large", name = "Larger than a plate" } } },
            new { code = "depth_cm", datatype = "number", required = false, order = 2, datatypeDescription = "centimetres" },
        },
    });

    /// <summary>A report filed as <paramref name="resident"/> through /api/v1/me/reports; returns its id.</summary>
    public static async Task<long> FileAsync(PolisApi resident, double latitude, double longitude, string description) =>
        (await resident.PostCreatedAsync("/api/v1/me/reports", new
        {
            serviceCode = Pothole, latitude, longitude, description, attributes = new Dictionary<string, string[]> { ["size"] = ["large"] },
        }))["id"]!.GetValue<long>();

    public async Task MoveReportAsync(long id, string status, string note)
    {
        var moved = await staff.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/status", new { status, note });
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
    }

    /// <summary>A permit e-service with one form field and no attachments; returns its code.</summary>
    public async Task<string> DefinePermitAsync()
    {
        var code = "permit-" + Guid.NewGuid().ToString("N")[..8];
        await staff.PostCreatedAsync("/api/v1/citizens/eservices", new
        {
            code, name = "Building permit", description = "Permission to build or extend a house.", kind = "permit", department = "planning", processingDays = 20,
            form = new object[] { new { code = "address", datatype = "string", required = true, order = 1, description = "Address of the site" } },
            attachments = Array.Empty<object>(),
        });
        return code;
    }

    /// <summary>Applies for <paramref name="code"/> as the resident (multipart, as the API takes it); returns the request.</summary>
    public static async Task<JsonObject> ApplyAsync(PolisApi resident, string code, string address)
    {
        using var content = new MultipartFormDataContent
        {
            { JsonContent.Create(new { serviceCode = code, answers = new { address } }), "request" },
        };
        var response = await resident.Http.PostAsync(new Uri("/api/v1/me/eservice-requests", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task ReviewAsync(long requestId, string publicComment)
    {
        var moved = await staff.Http.PostAsJsonAsync($"/api/v1/citizens/eservice-requests/{requestId}/status", new { status = "in_review", reason = "Taken up by planning.", @public = true });
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var commented = await staff.Http.PostAsJsonAsync($"/api/v1/citizens/eservice-requests/{requestId}/comments", new { text = publicComment, @public = true });
        Assert.True(commented.StatusCode == HttpStatusCode.OK, await commented.Content.ReadAsStringAsync());
    }
}
