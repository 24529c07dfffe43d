using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>
/// The operators' queue page <c>/citizens/reports</c> in Chromium against the real polis process: the department rows
/// show what <c>GET /api/v1/citizens/queue/summary</c> counts, and the list, for all departments, one department and
/// one SLA state, is what <c>GET /api/v1/citizens/queue</c> answers, in its order and with its states.
/// </summary>
public sealed class ReportQueuePageTests : ReportDeskSession
{
    [ChromiumFact]
    public async Task Queue_EqualsTheQueueApi_ByDepartmentAndSlaState_SummaryEqualsTheSummaryApi()
    {
        using var anonymous = new HttpClient { BaseAddress = Polis.BaseAddress };
        var city = await ReportDeskCity.SetUpAsync(Api, anonymous);
        var pothole = await city.ReportAsync("pothole", "Deep hole");
        var graffiti = await city.ReportAsync("graffiti", "Tags on the wall");
        var lamp = await city.ReportAsync("streetlight", "Lamp out");
        await city.ReportAsync("streetlight", "Another lamp out", northMetres: 200);
        await city.ReportAsync("pothole", "Second hole", northMetres: 300);

        // The streetlights' fix is due within a second: wait until the API calls both overdue.
        await Eventually.ReturnsAsync(() => city.ListAsync("/api/v1/citizens/queue?sla=overdue"), q => q.Count == 2, "both streetlights overdue");

        var page = await OpenSignedInAsync("/citizens/reports", PolisProcess.AdminEmail, PolisProcess.AdminPassword, "queue-status");
        var all = await city.ListAsync("/api/v1/citizens/queue");
        Assert.Equal(5, all.Count);
        Assert.Equal(["overdue", "overdue", "due_soon", "on_track", "on_track"], all.Select(i => (string)i!["sla"]!));
        await ExpectRowsAsync(page, all);
        await Assertions.Expect(page.GetByTestId($"sla-chip-{lamp}")).ToHaveTextAsync("Overdue");
        await Assertions.Expect(page.GetByTestId($"sla-chip-{graffiti}")).ToHaveTextAsync("Due soon");
        await Assertions.Expect(page.GetByTestId($"sla-chip-{pothole}")).ToHaveTextAsync("On track");

        // Every department of the routing settings is listed with the summary's counts; parks has none open.
        var summary = await city.ListAsync("/api/v1/citizens/queue/summary");
        Assert.Equal(3, summary.Count);
        foreach (var department in summary)
        {
            var row = page.GetByTestId($"department-{(string)department!["department"]!}");
            foreach (var (attribute, field) in new[] { ("data-open", "open"), ("data-on-track", "onTrack"), ("data-due-soon", "dueSoon"), ("data-overdue", "overdue"), ("data-unscheduled", "unscheduled") })
            {
                await Assertions.Expect(row).ToHaveAttributeAsync(attribute, ((int)department[field]!).ToString(CultureInfo.InvariantCulture));
            }
        }

        await Assertions.Expect(page.GetByTestId("department-parks")).ToHaveAttributeAsync("data-open", "0");

        // One department, then one state within it.
        await page.GetByTestId("choose-roads").ClickAsync();
        await Assertions.Expect(page.GetByTestId("queue-table")).ToHaveAttributeAsync("data-department", "roads");
        await ExpectRowsAsync(page, await city.ListAsync("/api/v1/citizens/queue?department=roads"));
        await page.GetByTestId("sla-overdue").ClickAsync();
        await Assertions.Expect(page.GetByTestId("queue-table")).ToHaveAttributeAsync("data-sla", "overdue");
        Assert.Empty(await city.ListAsync("/api/v1/citizens/queue?department=roads&sla=overdue"));
        await Assertions.Expect(page.GetByTestId("queue-empty")).ToBeVisibleAsync();
        await page.GetByTestId("choose-all").ClickAsync();
        await Assertions.Expect(page.GetByTestId("queue-table")).ToHaveAttributeAsync("data-department", string.Empty);
        await ExpectRowsAsync(page, await city.ListAsync("/api/v1/citizens/queue?sla=overdue"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "report-queue.png"), FullPage = true });

        // A row opens the report desk.
        await page.GetByTestId($"open-report-{lamp}").ClickAsync();
        await ExpectPathAsync(page, $"/citizens/reports/{lamp}");
        await WaitUntilLiveAsync(page, "desk-status");
        await Assertions.Expect(page.GetByTestId("report-status")).ToHaveTextAsync("submitted");
    }

    /// <summary>The page's rows are the API's items: same ids in the same order, same SLA states.</summary>
    private static async Task ExpectRowsAsync(IPage page, JsonArray items)
    {
        var rows = page.GetByTestId("queue-row");
        await Assertions.Expect(rows).ToHaveCountAsync(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            await Assertions.Expect(rows.Nth(i)).ToHaveAttributeAsync("data-id", ((long)items[i]!["id"]!).ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(rows.Nth(i)).ToHaveAttributeAsync("data-sla", (string)items[i]!["sla"]!);
        }
    }
}
