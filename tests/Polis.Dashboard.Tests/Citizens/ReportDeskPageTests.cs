using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>
/// The report desk <c>/citizens/reports/{id}</c> in Chromium against the real polis process: an admin moves a report
/// submitted → confirmed → fixed with a public note through the workflow (Open311 shows the note), is offered only the
/// moves the rules allow and sees a refusal in the workflow's words, adds an internal note, marks a duplicate from the
/// candidates, sees a device near the report; a viewer sees the report and no forms.
/// </summary>
public sealed class ReportDeskPageTests : ReportDeskSession
{
    private const string ViewerEmail = "desk-viewer@e2e.local";
    private const string ViewerPassword = "E2e-desk-viewer-9";

    [ChromiumFact]
    public async Task Admin_MovesAReportForwardWithAPublicNote_OnlyAllowedMovesOffered_RefusalShown()
    {
        using var anonymous = new HttpClient { BaseAddress = Polis.BaseAddress };
        var city = await ReportDeskCity.SetUpAsync(Api, anonymous);
        var id = await city.ReportAsync("pothole", "Deep hole by the school");
        var page = await OpenSignedInAsync($"/citizens/reports/{id}", PolisProcess.AdminEmail, PolisProcess.AdminPassword, "desk-status");
        await Assertions.Expect(page.GetByTestId("report-description")).ToHaveTextAsync("Deep hole by the school");

        // From submitted every later status and the two endings are offered, submitted itself is not.
        Assert.Equal(["confirmed", "investigating", "in_progress", "action_scheduled", "fixed", "closed", "duplicate", "not_responsible"], await OptionsAsync(page));
        await ApplyAsync(page, "confirmed", note: null);
        await Assertions.Expect(page.GetByTestId("report-status")).ToHaveTextAsync("confirmed");
        await Assertions.Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Now 'confirmed'.");

        // Not responsible without a note: the workflow refuses, in its words, and nothing changes.
        await ApplyAsync(page, "not_responsible", note: null);
        await Assertions.Expect(page.GetByTestId("status-message")).ToHaveAttributeAsync("data-ok", "false");
        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("needs a note");
        await Assertions.Expect(page.GetByTestId("report-status")).ToHaveTextAsync("confirmed");

        await ApplyAsync(page, "fixed", "Filled with asphalt.");
        await Assertions.Expect(page.GetByTestId("report-status")).ToHaveTextAsync("fixed");
        await Assertions.Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Now 'fixed'.");

        // Staff move forward only, and a fixed report is no longer open: only closing is left.
        Assert.Equal(["closed"], await OptionsAsync(page));

        // An internal note: in the history as internal, never on Open311.
        await page.GetByTestId("note-text").FillAsync("Crew 4 did it.");
        await page.GetByTestId("note-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("note-message")).ToHaveAttributeAsync("data-ok", "true");
        await Assertions.Expect(page.Locator("[data-testid=history-entry][data-public=false]")).ToHaveCountAsync(2); // the intake entry and the note
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "report-desk.png"), FullPage = true });

        var detail = await Api.GetJsonAsync($"/api/v1/citizens/reports/{id}");
        var history = detail["history"]!.AsArray();
        Assert.Equal(["submitted", "confirmed", "fixed", "fixed"], history.Select(h => (string)h!["newStatus"]!));
        Assert.Equal(("Filled with asphalt.", true, PolisProcess.AdminEmail), ((string?)history[2]!["note"], (bool)history[2]!["public"]!, (string?)history[2]!["actor"]));
        Assert.Equal(("Crew 4 did it.", false), ((string?)history[3]!["note"], (bool)history[3]!["public"]!));
        var (status, body) = await city.Open311RequestAsync(id);
        Assert.Equal(HttpStatusCode.OK, status);
        var request = JsonNode.Parse(body)![0]!;
        Assert.Equal(("closed", "fixed", "Filled with asphalt."), ((string?)request["status"], (string?)request["extended_attributes"]!["status"], (string?)request["status_notes"]));
        var updates = await anonymous.GetStringAsync(new Uri("/open311/v2/servicerequestupdates.json", UriKind.Relative));
        Assert.DoesNotContain("Crew 4", updates, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Admin_MarksADuplicateFromTheCandidates_SeesADeviceNearby_ViewerSeesNoForms()
    {
        using var anonymous = new HttpClient { BaseAddress = Polis.BaseAddress };
        var city = await ReportDeskCity.SetUpAsync(Api, anonymous);
        var original = await city.ReportAsync("pothole", "Hole at the corner");
        var far = await city.ReportAsync("pothole", "Hole further up", northMetres: 40);
        var repeat = await city.ReportAsync("pothole", "Same hole again", northMetres: 10);
        await Api.CreateDeviceAsync("desk-lamp-1", location: [ReportDeskCity.Longitude, ReportDeskCity.Latitude + (15 / 111_195.0)]);

        var page = await OpenSignedInAsync($"/citizens/reports/{repeat}", PolisProcess.AdminEmail, PolisProcess.AdminPassword, "desk-status");
        var candidates = await city.ListAsync($"/api/v1/citizens/reports/{repeat}/duplicate-candidates");
        Assert.Equal([original, far], candidates.Select(c => (long)c!["id"]!));
        await Assertions.Expect(page.GetByTestId($"candidate-{original}")).ToHaveAttributeAsync("data-distance", ((double)candidates[0]!["distanceMetres"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId($"candidate-{far}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("near-device-desk-lamp-1")).ToContainTextAsync("5.0 m");

        await page.GetByTestId($"mark-duplicate-of-{original}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-status")).ToHaveTextAsync("duplicate");
        await Assertions.Expect(page.GetByTestId("report-duplicate-of")).ToHaveTextAsync($"#{original}");
        var stored = (await Api.GetJsonAsync($"/api/v1/citizens/reports/{repeat}"))["report"]!;
        Assert.Equal(("duplicate", original), ((string?)stored["status"], (long)stored["duplicateOf"]!));
        await Assertions.Expect(page.GetByTestId($"mark-duplicate-of-{original}")).ToHaveCountAsync(0);

        // A viewer reads the same desk: report, history, moderation, candidates; no form and no button that writes.
        var created = await Api.Http.PostAsJsonAsync("/api/v1/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var viewer = await OpenSignedInAsync($"/citizens/reports/{far}", ViewerEmail, ViewerPassword, "desk-status");
        await Assertions.Expect(viewer.GetByTestId("report-status")).ToHaveTextAsync("submitted");
        await Assertions.Expect(viewer.GetByTestId("moderation-panel")).ToBeVisibleAsync();
        await Assertions.Expect(viewer.GetByTestId($"candidate-{original}")).ToBeVisibleAsync();
        foreach (var form in new[] { "status-form", "note-form", "moderation-form", $"mark-duplicate-of-{original}" })
        {
            await Assertions.Expect(viewer.GetByTestId(form)).ToHaveCountAsync(0);
        }

        await viewer.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "report-desk-viewer.png"), FullPage = true });
    }

    private static async Task<IReadOnlyList<string>> OptionsAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("status-select")).ToBeVisibleAsync();
        return await page.GetByTestId("status-select").Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
    }

    private static async Task ApplyAsync(IPage page, string status, string? note)
    {
        await page.GetByTestId("status-select").SelectOptionAsync(status);
        await page.GetByTestId("status-note").FillAsync(note ?? string.Empty);
        await page.GetByTestId("status-apply").ClickAsync();
    }
}
