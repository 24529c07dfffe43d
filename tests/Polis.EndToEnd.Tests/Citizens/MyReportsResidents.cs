using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>The steps the resident report tests repeat: an unverified resident signed in, a report filed as them, staff moves.</summary>
internal sealed class MyReportsResidents(Open311Fixture fixture)
{
    /// <summary>A 4×4 PNG whose text chunk holds a location ("taken at 55.6761N 12.5683E"): the photo must come out without it.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAInRFWHRDb21tZW50AHRha2VuIGF0IDU1LjY3NjFOIDEyLjU2ODNF/WGwLQAAABBJREFUeJxjOCEnB0cMxHEAsWMQQTtLY4IAAAAASUVORK5CYII=");

    /// <summary>Registers and signs in a resident (never verified: reporting needs no verification); returns them and their user id.</summary>
    public async Task<(PolisApi Resident, string UserId)> ResidentAsync(string name)
    {
        var resident = await new PollClient(fixture.Polis, fixture.Api).ResidentAsync(name, district: null, birthDate: null);
        return (resident, (await resident.GetJsonAsync("/api/v1/me/profile"))["userId"]!.GetValue<string>());
    }

    /// <summary>Files a pothole report as JSON and returns its id.</summary>
    public static async Task<long> FileJsonAsync(PolisApi resident, string description = "Deep hole by the school")
    {
        var filed = await resident.PostCreatedAsync("/api/v1/me/reports", new
        {
            serviceCode = "pothole", latitude = 55.675, longitude = 12.56, description, attributes = new Dictionary<string, string[]> { ["size"] = ["large"] },
        });
        return filed["id"]!.GetValue<long>();
    }

    public Task<HttpResponseMessage> StaffAsync(long id, object body) => fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/status", body);

    public async Task StaffMovedAsync(long id, string status, string? note = null)
    {
        var moved = await StaffAsync(id, new { status, note });
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
    }

    /// <summary>POSTs and expects a problem with <paramref name="status"/> and reason code <paramref name="reason"/>.</summary>
    public static async Task<JsonObject> AssertProblemAsync(Task<HttpResponseMessage> posting, HttpStatusCode status, string? reason)
    {
        var response = await posting;
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var problem = await PolisApi.ReadProblemAsync(response);
        Assert.Equal(reason, (string?)problem["reason"]);
        return problem;
    }
}
