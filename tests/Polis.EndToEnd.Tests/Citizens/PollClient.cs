using System.Net;
using System.Net.Http.Json;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>The steps the poll tests repeat: a registered (and verified) resident signed in, a scheduled poll, a ballot.</summary>
internal sealed class PollClient(PolisProcess polis, PolisApi admin)
{
    public const string Password = "resident-password-1";

    public static object Definition(TimeSpan closesIn, int? minimumAge, TimeSpan? opensIn = null) => new
    {
        title = "The old rail yard",
        description = "What should the city build on the old rail yard?",
        questions = new object[]
        {
            new { id = "use", text = "Main use", kind = "single-choice", options = new[] { new { id = "park", label = "A park" }, new { id = "housing", label = "Housing" }, new { id = "school", label = "A school" } } },
            new
            {
                id = "extras", text = "Also wanted", kind = "multiple-choice", minSelections = 1, maxSelections = 2,
                options = new[] { new { id = "playground", label = "Playground" }, new { id = "cafe", label = "Café" }, new { id = "bike-path", label = "Bike path" } },
            },
        },
        eligibility = new { districts = new[] { "north", "south" }, minimumAge },
        opensAt = DateTimeOffset.UtcNow.Add(opensIn ?? TimeSpan.FromMinutes(-1)),
        closesAt = DateTimeOffset.UtcNow.Add(closesIn),
    };

    /// <summary>Registers a resident through the anonymous endpoint, verifies them when a district is given, and signs them in.</summary>
    public async Task<PolisApi> ResidentAsync(string name, string? district, string? birthDate)
    {
        using var anonymous = new HttpClient { BaseAddress = polis.BaseAddress };
        var email = $"{name}-{Guid.NewGuid():N}@residents.example";
        var registered = await anonymous.PostAsJsonAsync("/api/v1/citizens/residents/register", new { email, password = Password, displayName = name });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var resident = await PolisApi.SignInAsync(polis, email, Password);
        if (district is not null)
        {
            await VerifyAsync(resident, district, birthDate!);
        }

        return resident;
    }

    public async Task VerifyAsync(PolisApi resident, string district, string birthDate)
    {
        var userId = (await resident.GetJsonAsync("/api/v1/me/profile"))["userId"]!.GetValue<string>();
        var verified = await admin.Http.PostAsJsonAsync($"/api/v1/citizens/residents/{userId}/verification", new { districtId = district, birthDate });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
    }

    /// <summary>A scheduled poll that opened a minute ago (or opens in <paramref name="opensIn"/>) and closes in <paramref name="closesIn"/>.</summary>
    public async Task<string> CreateScheduledAsync(TimeSpan closesIn, int? minimumAge, TimeSpan? opensIn = null)
    {
        var created = await admin.PostCreatedAsync("/api/v1/citizens/polls", Definition(closesIn, minimumAge, opensIn));
        var id = created["id"]!.GetValue<string>();
        Assert.Equal("draft", created["status"]!.GetValue<string>());
        var scheduled = await admin.Http.PostAsync(new Uri($"/api/v1/citizens/polls/{id}/schedule", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        return id;
    }

    public static Task<HttpResponseMessage> VoteAsync(PolisApi resident, string pollId, string use, params string[] extras) =>
        resident.Http.PostAsJsonAsync($"/api/v1/citizens/polls/{pollId}/ballots", new { answers = new Dictionary<string, string[]> { ["use"] = [use], ["extras"] = extras } });
}
