using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>
/// Moderation on the report desk in Chromium against the real polis process: an admin redacts words and a selection of
/// a report's text and hides and unhides it, each with a reason; the page shows the original beside the public version
/// and lists the acts, and Open311's <c>GET requests/{id}.json</c> shows "[redacted]", then 404 while hidden.
/// </summary>
public sealed class ModerationPageTests : ReportDeskSession
{
    private const string Text = "Hole outside no. 12, Jensen's house, call Jensen on 20 30 40 50";

    [ChromiumFact]
    public async Task Admin_RedactsWordsAndASelection_HidesAndUnhides_Open311ShowsThePublicVersion()
    {
        using var anonymous = new HttpClient { BaseAddress = Polis.BaseAddress };
        var city = await ReportDeskCity.SetUpAsync(Api, anonymous);
        var id = await city.ReportAsync("pothole", Text);
        var page = await OpenSignedInAsync($"/citizens/reports/{id}", PolisProcess.AdminEmail, PolisProcess.AdminPassword, "desk-status");
        await Assertions.Expect(page.GetByTestId("moderation-public")).ToHaveTextAsync(Text);

        // A reason is required: the moderation endpoint's refusal, in its words.
        await page.GetByTestId("redact-words").FillAsync("jensen");
        await page.GetByTestId("redact-text").ClickAsync();
        await Assertions.Expect(page.GetByTestId("moderation-message")).ToHaveAttributeAsync("data-ok", "false");
        await Assertions.Expect(page.GetByTestId("moderation-message")).ToContainTextAsync("reason");

        // Words (any case, whole words) and a selection of the original ("no. 12") in one act.
        var start = Text.IndexOf("no. 12", StringComparison.Ordinal);
        await page.GetByTestId("moderation-reason").FillAsync("Personal data");
        await page.GetByTestId("redact-words").FillAsync("jensen\n20 30 40 50");
        await page.GetByTestId("redact-ranges").FillAsync(string.Create(CultureInfo.InvariantCulture, $"{start}+6"));
        await page.GetByTestId("redact-text").ClickAsync();
        const string Redacted = "Hole outside [redacted], [redacted]'s house, call [redacted] on [redacted]";
        await Assertions.Expect(page.GetByTestId("moderation-public")).ToHaveTextAsync(Redacted);
        await Assertions.Expect(page.GetByTestId("moderation-original")).ToHaveTextAsync(Text);
        var (status, body) = await city.Open311RequestAsync(id);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Redacted, (string?)JsonNode.Parse(body)![0]!["description"]);
        Assert.Equal(Text, (string?)(await Api.GetJsonAsync($"/api/v1/citizens/reports/{id}"))["report"]!["description"]);

        // Hidden: Open311 answers 404 as for an unknown request; unhidden, it is back, still redacted.
        await page.GetByTestId("moderation-reason").FillAsync("Abusive follow-up");
        await page.GetByTestId("moderation-hide").ClickAsync();
        await Assertions.Expect(page.GetByTestId("moderation-panel")).ToHaveAttributeAsync("data-hidden", "true");
        Assert.Equal(HttpStatusCode.NotFound, (await city.Open311RequestAsync(id)).Status);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "report-moderation.png"), FullPage = true });
        await page.GetByTestId("moderation-reason").FillAsync("Reviewed: fine to show");
        await page.GetByTestId("moderation-unhide").ClickAsync();
        await Assertions.Expect(page.GetByTestId("moderation-panel")).ToHaveAttributeAsync("data-hidden", "false");
        (status, body) = await city.Open311RequestAsync(id);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("[redacted]", (string?)JsonNode.Parse(body)![0]!["description"], StringComparison.Ordinal);

        // The acts, as the moderation endpoint lists them.
        var acts = (await Api.GetJsonAsync($"/api/v1/citizens/reports/{id}/moderation"))["acts"]!.AsArray();
        Assert.Equal(["Personal data", "Abusive follow-up", "Reviewed: fine to show"], acts.Select(a => (string)a!["reason"]!));
        await Assertions.Expect(page.GetByTestId("moderation-act")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("moderation-act").Nth(0)).ToContainTextAsync("Personal data");
    }
}
