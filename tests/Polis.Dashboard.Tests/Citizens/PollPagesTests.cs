using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>
/// The poll pages in Chromium against the real polis process: an admin creates and schedules a poll on
/// <c>/citizens/polls</c>; a verified resident on a phone votes on <c>/me/polls/{id}</c> and gets a receipt, and a second
/// ballot through the API is refused (one ballot across both channels); an unverified resident is told why they cannot
/// vote; after a short poll closes, the page shows the same results as the public API and finds a ballot by its receipt.
/// </summary>
public sealed class PollPagesTests : DashboardSession
{
    protected override string[] PolisArguments => ["--Polis:City:TimeZone", "Europe/Copenhagen"];

    [ChromiumFact]
    public async Task Admin_CreatesAndSchedulesAPoll_ResidentVotesOnAPhone_OnceAcrossChannels()
    {
        // The admin's page: a draft made in the form, checked by the API's validator, then scheduled.
        var admin = await OpenSignedInAsync("/citizens/polls", PolisProcess.AdminEmail, PolisProcess.AdminPassword, "polls-admin-status");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        await admin.GetByTestId("poll-title-input").FillAsync("The old rail yard");
        await admin.GetByTestId("poll-opens-input").FillAsync(now.AddMinutes(-2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await admin.GetByTestId("poll-closes-input").FillAsync(now.AddDays(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await admin.GetByTestId("poll-districts-input").FillAsync("north, south");
        await admin.GetByTestId("draft-question-0-text").FillAsync("Main use");
        await admin.GetByTestId("draft-question-0-options").FillAsync("A park\nHousing\nA school");

        // Without a second question's options the API's validator refuses the draft, and the page says why.
        await admin.GetByTestId("add-question").ClickAsync();
        await admin.GetByTestId("draft-question-1-text").FillAsync("Also wanted");
        await admin.GetByTestId("create-poll").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("poll-admin-message")).ToHaveAttributeAsync("data-ok", "false");
        await admin.GetByTestId("draft-question-1-multiple").CheckAsync();
        await admin.GetByTestId("draft-question-1-max").FillAsync("2");
        await admin.GetByTestId("draft-question-1-options").FillAsync("Playground\nCafé\nBike path");
        await admin.GetByTestId("create-poll").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("poll-admin-message")).ToHaveAttributeAsync("data-ok", "true");

        var polls = await Api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/polls");
        var poll = polls!.Single(p => (string?)p!["title"] == "The old rail yard")!;
        var pollId = (string)poll["id"]!;
        Assert.Equal("draft", (string?)poll["status"]);
        Assert.Equal(["a-park", "housing", "a-school"], poll["questions"]![0]!["options"]!.AsArray().Select(o => (string?)o!["id"]));
        Assert.Equal(["playground", "cafe", "bike-path"], poll["questions"]![1]!["options"]!.AsArray().Select(o => (string?)o!["id"]));
        await admin.GetByTestId($"schedule-{pollId}").ClickAsync();
        await Assertions.Expect(admin.GetByTestId($"admin-poll-{pollId}")).ToHaveAttributeAsync("data-status", "open");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "polls-admin.png"), FullPage = true });

        // A verified resident of the north votes on a phone.
        var residents = new PollResidents(Polis, Api);
        var (email, resident) = await residents.CreateAsync("north-voter", "north");
        using var residentApi = resident;
        await using var phone = await Browser.NewContextAsync(new() { BaseURL = Polis.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await phone.NewPageAsync();
        await page.GotoAsync("/me/polls");
        await SignInAsync(page, email, PollResidents.Password);
        await page.GotoAsync("/me/polls");
        await WaitUntilLiveAsync(page, "polls-status");
        await Assertions.Expect(page.GetByTestId($"poll-{pollId}")).ToHaveAttributeAsync("data-status", "open");
        await page.GetByTestId($"open-poll-{pollId}").ClickAsync();
        await ExpectPathAsync(page, $"/me/polls/{pollId}");
        await WaitUntilLiveAsync(page, "poll-status");

        // Three extras where at most two are allowed: the voting service refuses, nothing is recorded.
        await page.GetByTestId("answer-main-use-housing").CheckAsync();
        await page.GetByTestId("answer-also-wanted-playground").CheckAsync();
        await page.GetByTestId("answer-also-wanted-cafe").CheckAsync();
        await page.GetByTestId("answer-also-wanted-bike-path").CheckAsync();
        await page.GetByTestId("cast-vote").ClickAsync();
        await Assertions.Expect(page.GetByTestId("vote-problem")).ToBeVisibleAsync();
        await page.GetByTestId("answer-also-wanted-playground").UncheckAsync();
        await page.GetByTestId("cast-vote").ClickAsync();
        var receipt = await page.GetByTestId("receipt-code").InnerTextAsync();
        Assert.Matches("^[A-Za-z0-9-]{20,}$", receipt);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "poll-vote-phone.png"), FullPage = true });

        // The same resident through the API: refused, the one ballot stands.
        var second = await resident.Http.PostAsJsonAsync($"/api/v1/citizens/polls/{pollId}/ballots",
            new { answers = new Dictionary<string, string[]> { ["main-use"] = ["a-park"], ["also-wanted"] = ["cafe"] } });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        await page.ReloadAsync();
        await WaitUntilLiveAsync(page, "poll-status");
        await Assertions.Expect(page.GetByTestId("already-voted")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByTestId("ballot-form").CountAsync());

        // An unverified resident sees the poll and the reason they cannot vote, and no ballot form.
        var (unverifiedEmail, unverified) = await residents.CreateAsync("unverified", district: null);
        unverified.Dispose();
        var other = await (await Browser.NewContextAsync(new() { BaseURL = Polis.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await other.GotoAsync($"/me/polls/{pollId}");
        await SignInAsync(other, unverifiedEmail, PollResidents.Password);
        await other.GotoAsync($"/me/polls/{pollId}");
        await WaitUntilLiveAsync(other, "poll-status");
        await Assertions.Expect(other.GetByTestId("not-eligible")).ToContainTextAsync("verified");
        Assert.Equal(0, await other.GetByTestId("ballot-form").CountAsync());
    }

    [ChromiumFact]
    public async Task ClosedPoll_ShowsThePublishedResults_AndFindsABallotByItsReceipt()
    {
        var residents = new PollResidents(Polis, Api);
        var (email, resident) = await residents.CreateAsync("south-voter", "south");
        using var residentApi = resident;
        var created = await Api.PostCreatedAsync("/api/v1/citizens/polls", new
        {
            title = "Bench colours",
            questions = new object[] { new { id = "colour", text = "Colour", kind = "single-choice", options = new[] { new { id = "green", label = "Green" }, new { id = "blue", label = "Blue" } } } },
            opensAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            closesAt = DateTimeOffset.UtcNow.AddSeconds(40),
        });
        var pollId = (string)created["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await Api.Http.PostAsync(new Uri($"/api/v1/citizens/polls/{pollId}/schedule", UriKind.Relative), null)).StatusCode);
        var vote = await resident.Http.PostAsJsonAsync($"/api/v1/citizens/polls/{pollId}/ballots", new { answers = new Dictionary<string, string[]> { ["colour"] = ["blue"] } });
        Assert.Equal(HttpStatusCode.Created, vote.StatusCode);
        var receipt = (string)(await vote.Content.ReadFromJsonAsync<JsonObject>())!["receiptCode"]!;

        // Wait for the clock to close the poll: the public results answer 404 until then.
        using var anonymous = new HttpClient { BaseAddress = Polis.BaseAddress };
        using var closed = await Eventually.ReturnsAsync(
            () => anonymous.GetAsync(new Uri($"/api/v1/citizens/polls/{pollId}/results", UriKind.Relative)), r => r.IsSuccessStatusCode, "the poll's results published", seconds: 120);
        var results = await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/citizens/polls/{pollId}/results");
        var lookup = await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/citizens/polls/{pollId}/receipts/{receipt}");

        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync($"/me/polls/{pollId}");
        await SignInAsync(page, email, PollResidents.Password);
        await page.GotoAsync($"/me/polls/{pollId}");
        await WaitUntilLiveAsync(page, "poll-status");
        await Assertions.Expect(page.GetByTestId("poll-results")).ToHaveAttributeAsync("data-ballots", ((int)results!["ballots"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var option in results["totals"]![0]!["options"]!.AsArray())
        {
            await Assertions.Expect(page.GetByTestId($"result-colour-{(string)option!["id"]!}")).ToHaveAttributeAsync("data-count", ((int)option["count"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.GetByTestId("log-head")).ToHaveTextAsync((string)results["logHeadHash"]!);
        await page.GetByTestId("receipt-input").FillAsync(receipt);
        await page.GetByTestId("receipt-find").ClickAsync();
        await Assertions.Expect(page.GetByTestId("receipt-found")).ToHaveAttributeAsync("data-sequence", ((long)lookup!["entry"]!["sequence"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("receipt-answers")).ToHaveTextAsync("colour=blue");
        await page.GetByTestId("receipt-input").FillAsync("not-a-receipt-code");
        await page.GetByTestId("receipt-find").ClickAsync();
        await Assertions.Expect(page.GetByTestId("receipt-not-found")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "poll-results-phone.png"), FullPage = true });
    }
}
