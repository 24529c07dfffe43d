using System.Net;
using System.Net.Http.Json;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>Bad input to the polls and residents API through the shared polis process: problem details, nothing recorded.</summary>
[Collection(SharedPolis.Name)]
public sealed class PollBadInputTests(PolisFixture fixture)
{
    [Fact]
    public async Task Registration_BadFieldsThenABurst_ValidationProblemsThen429()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };

        var badEmail = await anonymous.PostAsJsonAsync("/api/v1/citizens/residents/register", new { email = "not-an-email", password = PollClient.Password, displayName = "X" });
        Assert.Equal(HttpStatusCode.BadRequest, badEmail.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(badEmail))["errors"]!["email"]);
        var weak = await anonymous.PostAsJsonAsync("/api/v1/citizens/residents/register", new { email = $"{Guid.NewGuid():N}@residents.example", password = "short", displayName = "X" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(weak))["errors"]!["PasswordTooShort"]);
        var html = await anonymous.PostAsJsonAsync("/api/v1/citizens/residents/register", new { email = $"{Guid.NewGuid():N}@residents.example", password = PollClient.Password, displayName = "<script>" });
        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);

        // The default allowance is 10 attempts a minute per address: a scripted burst is braked.
        var burst = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => anonymous.PostAsJsonAsync("/api/v1/citizens/residents/register", new { email = "x" })));
        var refused = burst.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many requests", (await PolisApi.ReadProblemAsync(refused))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task PollsApi_WrongCallerBadDefinitionDraftsAndWindows_RefusedWithProblems()
    {
        var admin = fixture.Api;
        var userId = await CreateResidentAsync(admin, "erin");
        using var resident = await PolisApi.SignInAsync(fixture.Polis, $"{userId.Email}", PollClient.Password);
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };

        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Http.PostAsJsonAsync("/api/v1/citizens/polls", PollClient.Definition(TimeSpan.FromHours(1), null))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/citizens/polls/any/ballots", new { answers = new { } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.PostAsJsonAsync("/api/v1/citizens/polls/any/ballots", new { answers = new { } })).StatusCode);

        var backwards = await admin.Http.PostAsJsonAsync("/api/v1/citizens/polls", PollClient.Definition(TimeSpan.FromMinutes(-5), null));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(backwards))["errors"]!["closesAt"]);

        var draft = (await admin.PostCreatedAsync("/api/v1/citizens/polls", PollClient.Definition(TimeSpan.FromHours(1), null)))["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Http.GetAsync($"/api/v1/citizens/polls/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/api/v1/citizens/polls/{draft}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.PostAsJsonAsync("/api/v1/citizens/residents/no-such-user/verification", new { districtId = "north", birthDate = "1990-01-01" })).StatusCode);
        var future = await admin.Http.PostAsJsonAsync($"/api/v1/citizens/residents/{userId.Id}/verification", new { districtId = "north", birthDate = "2999-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.PostAsJsonAsync($"/api/v1/citizens/residents/{userId.Id}/verification", new { districtId = "north", birthDate = "1990-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PollClient.VoteAsync(resident, draft, "park", "cafe")).StatusCode);

        var later = await new PollClient(fixture.Polis, admin).CreateScheduledAsync(TimeSpan.FromDays(2), null, opensIn: TimeSpan.FromDays(1));
        var early = await PollClient.VoteAsync(resident, later, "park", "cafe");
        Assert.Equal((HttpStatusCode.Conflict, "Poll not open"), (early.StatusCode, (await PolisApi.ReadProblemAsync(early))["title"]!.GetValue<string>()));

        var open = await new PollClient(fixture.Polis, admin).CreateScheduledAsync(TimeSpan.FromHours(1), null);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.DeleteAsync($"/api/v1/citizens/residents/{userId.Id}/verification")).StatusCode);
        var revoked = await PollClient.VoteAsync(resident, open, "park", "cafe");
        Assert.Equal((HttpStatusCode.Forbidden, "Not eligible"), (revoked.StatusCode, (await PolisApi.ReadProblemAsync(revoked))["title"]!.GetValue<string>()));
        Assert.False((await resident.GetJsonAsync("/api/v1/me/profile"))["verified"]!.GetValue<bool>());
    }

    /// <summary>A resident created by the admin (not self-registered, so the registration brake is not spent here).</summary>
    private static async Task<(string Id, string Email)> CreateResidentAsync(PolisApi admin, string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@residents.example";
        var user = await admin.PostCreatedAsync("/api/v1/users", new { email, password = PollClient.Password, role = "resident", displayName = name });
        return (user["id"]!.GetValue<string>(), email);
    }
}
