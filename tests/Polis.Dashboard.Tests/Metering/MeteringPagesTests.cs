using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;
using static Polis.Dashboard.Tests.Metering.AnalystDistrict;

namespace Polis.Dashboard.Tests.Metering;

/// <summary>
/// The analysts' metering pages in a real Chromium against the real polis process, over a district seeded through
/// the API (<see cref="AnalystDistrict"/>): what each page shows is compared with what the API returns for the same
/// query — VEE statistics, district consumption, the feeder's loss %, the findings of a detection run, the bills of a
/// billing run — an analyst accepts the spike in the browser and the API's audit trail shows it with the reason, and a
/// viewer sees the pages without their action buttons.
/// </summary>
public sealed class MeteringPagesTests : DashboardSession
{
    private const string Live = "metering-status", ViewerEmail = "metering-viewer@e2e.local", ViewerPassword = "E2e-viewer-password-7";
    private const string Reason = "kettle descaling at the cafe, confirmed by phone";
    private static readonly string Range = $"from={Day(First)}&to={Day(Next)}";
    private static readonly string InstantRange = $"from={Uri.EscapeDataString(Iso(Start))}&to={Uri.EscapeDataString(Iso(Start.AddHours(Hours)))}";

    [ChromiumFact]
    public async Task AnalystPages_SeededDistrict_ShowWhatTheApiReturnsAndTakeAnAnalystsAccept()
    {
        await new AnalystDistrict(Api).CreateAsync();
        var page = await OpenSignedInAsync($"/metering?{Range}&kind=electricity", PolisProcess.AdminEmail, PolisProcess.AdminPassword, Live);

        await OverviewMatchesTheApiAsync(page);
        await AnalystAcceptsTheSpikeAsync(page);
        await OverviewMatchesTheApiAsync(page, afterAccept: true);

        var detection = await Api.Http.PostAsJsonAsync("/api/v1/metering/detection/run", new { from = Day(First), to = Day(Next) });
        Assert.True(detection.IsSuccessStatusCode, await detection.Content.ReadAsStringAsync());
        await LossesMatchTheApiAsync(page);
        await FindingsMatchTheApiAsync(page);

        var run = await Api.Http.PostAsJsonAsync("/api/v1/metering/billing-runs", new { period = Period });
        var summary = (await run.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((int?)summary["billed"] == 2, summary.ToJsonString());
        await BillsMatchTheApiAsync(page, (long)summary["runId"]!);

        await ViewerSeesNoActionsAsync();
    }

    private async Task OverviewMatchesTheApiAsync(IPage page, bool afterAccept = false)
    {
        await page.GotoAsync($"/metering?{Range}&kind=electricity");
        await WaitUntilLiveAsync(page, Live);
        var stats = await Api.GetJsonAsync($"/api/v1/metering/vee/stats?{InstantRange}&kind=electricity");
        // Three meters (two households and the feeder), every hour of the month validated.
        Assert.Equal((3, 3 * Hours, 0), ((int)stats["meters"]!, (int)stats["values"]!, (int)stats["missing"]!));
        var panel = page.GetByTestId("vee-stats");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-values", ((int)stats["values"]!).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-missing", "0");
        foreach (var quality in stats["qualities"]!.AsArray())
        {
            var row = page.Locator($"[data-testid=vee-quality][data-quality={(string)quality!["quality"]!}]");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-count", ((int)quality["values"]!).ToString(CultureInfo.InvariantCulture));
        }

        var questionable = stats["qualities"]!.AsArray().Single(q => (string?)q!["quality"] == "questionable")!;
        Assert.Equal(afterAccept ? 0 : 1, (int)questionable["values"]!);
        foreach (var (rule, count) in stats["rules"]!.AsObject())
        {
            await Assertions.Expect(page.Locator($"[data-testid=vee-rule][data-rule='{rule}']")).ToHaveAttributeAsync("data-count", ((int)count!).ToString(CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.GetByTestId("vee-top")).ToHaveCountAsync(afterAccept ? 0 : 1);
        if (!afterAccept)
        {
            await Assertions.Expect(page.GetByTestId("vee-top")).ToHaveAttributeAsync("data-meter-id", SpikyMeter);
        }

        // District consumption: one row per district and day, the API's consumption exactly (the feeder's substation has no district).
        var api = await Api.Http.GetFromJsonAsync<JsonArray>($"/api/v1/metering/consumption/districts?{Range}&kind=electricity");
        var expected = api!.Where(d => (string?)d!["districtId"] == District)
            .Select(d => $"{District} {(string)d!["date"]!} {((double)d["consumption"]!).ToString("R", CultureInfo.InvariantCulture)}").ToList();
        Assert.Equal(Next.DayNumber - First.DayNumber, expected.Count);
        var shown = await page.Locator($"[data-testid=district-day][data-district={District}]").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => r.dataset.district + ' ' + r.dataset.date + ' ' + r.dataset.consumption)");
        Assert.Equal(expected, shown);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, afterAccept ? "metering-pages-overview-accepted.png" : "metering-pages-overview.png"), FullPage = true });
    }

    private async Task AnalystAcceptsTheSpikeAsync(IPage page)
    {
        var spikeStart = Iso(Start.AddHours(SpikeHour));
        var day = $"from={Day(First.AddDays(19))}&to={Day(First.AddDays(20))}";
        await page.GotoAsync($"/metering/meters/{SpikyMeter}?{day}");
        await WaitUntilLiveAsync(page, Live);
        var row = page.Locator($"[data-testid=interval-row][data-start='{spikeStart}']");
        var spikeRange = $"from={Uri.EscapeDataString(spikeStart)}&to={Uri.EscapeDataString(Iso(Start.AddHours(SpikeHour + 1)))}";
        var validated = (await Api.GetJsonAsync($"/api/v1/metering/meters/{SpikyMeter}/intervals?{spikeRange}"))["values"]![0]!;
        Assert.Equal("questionable", (string?)validated["quality"]);
        Assert.StartsWith("spike", (string?)validated["rule"], StringComparison.Ordinal);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-quality", "questionable");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-rule", (string)validated["rule"]!);

        await row.GetByTestId("interval-select").ClickAsync();
        await Assertions.Expect(page.GetByTestId("edit-from")).ToHaveValueAsync(spikeStart);
        await page.GetByTestId("edit-action").SelectOptionAsync("accept");
        await page.GetByTestId("edit-reason").FillAsync(Reason);
        await page.GetByTestId("edit-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("edit-message")).ToHaveAttributeAsync("data-ok", "true");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-quality", "valid");
        await Assertions.Expect(page.Locator("[data-testid=audit-row][data-rule=analyst-accept]")).ToHaveAttributeAsync("data-actor", PolisProcess.AdminEmail);
        var audit = await Api.Http.GetFromJsonAsync<JsonArray>($"/api/v1/metering/meters/{SpikyMeter}/intervals/audit?{spikeRange}");
        var accepted = Assert.Single(audit!, e => (string?)e!["rule"] == "analyst-accept")!;
        Assert.Equal((Reason, PolisProcess.AdminEmail, "questionable", "valid"),
            ((string)accepted["reason"]!, (string)accepted["actor"]!, (string)accepted["oldQuality"]!, (string)accepted["newQuality"]!));
        Assert.Equal(60.0, (double)accepted["newQuantity"]!, 6);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "metering-pages-meter-accepted.png"), FullPage = true });
    }

    private async Task LossesMatchTheApiAsync(IPage page)
    {
        var balance = await Api.GetJsonAsync($"/api/v1/metering/balance?feederMeterId={Feeder}&{Range}");
        var feeder = balance["feeders"]![0]!;
        var period = feeder["period"]!;
        // 2.4 kWh in, 2 kWh (and the spike's 59) billed: about 13 % lost over every complete day.
        Assert.Equal((2, Next.DayNumber - First.DayNumber, 0), ((int)feeder["members"]!, (int)period["completeDays"]!, (int)period["incompleteDays"]!));
        var lossPercent = (double)period["lossPercent"]!;
        Assert.InRange(lossPercent, 12.0, 17.0);

        await page.GotoAsync($"/metering/losses?feederMeterId={Feeder}&{Range}");
        await WaitUntilLiveAsync(page, Live);
        var shown = page.Locator($"[data-testid=balance-feeder][data-feeder={Feeder}]");
        await Assertions.Expect(shown).ToHaveAttributeAsync("data-loss-percent", lossPercent.ToString("R", CultureInfo.InvariantCulture));
        await Assertions.Expect(shown).ToHaveAttributeAsync("data-complete-days", ((int)period["completeDays"]!).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(shown.GetByTestId("balance-period-loss-percent")).ToHaveTextAsync(lossPercent.ToString("0.00", CultureInfo.InvariantCulture) + " %");
        await Assertions.Expect(shown.GetByTestId("balance-day")).ToHaveCountAsync(feeder["days"]!.AsArray().Count);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "metering-pages-losses.png"), FullPage = true });
    }

    private async Task FindingsMatchTheApiAsync(IPage page)
    {
        var findings = await Api.GetJsonAsync("/api/v1/metering/findings?limit=100");
        var items = findings["items"]!.AsArray();
        var losses = items.Single(f => (string?)f!["kind"] == "losses" && (string?)f["meterId"] == Feeder)!;

        await page.GotoAsync("/metering/findings");
        await WaitUntilLiveAsync(page, Live);
        await Assertions.Expect(page.GetByTestId("findings-list")).ToHaveAttributeAsync("data-total", ((int)findings["total"]!).ToString(CultureInfo.InvariantCulture));
        var ids = await page.GetByTestId("finding-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        Assert.Equal(items.Select(f => ((long)f!["id"]!).ToString(CultureInfo.InvariantCulture)), ids);
        await page.Locator($"[data-testid=finding-row][data-id='{(long)losses["id"]!}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("finding-detail")).ToHaveAttributeAsync("data-kind", "losses");
        await Assertions.Expect(page.GetByTestId("finding-summary")).ToHaveTextAsync((string)losses["summary"]!);
        await Assertions.Expect(page.GetByTestId("finding-evidence")).ToContainTextAsync("lossPercent");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "metering-pages-findings.png"), FullPage = true });
    }

    private async Task BillsMatchTheApiAsync(IPage page, long runId)
    {
        var bills = await Api.GetJsonAsync($"/api/v1/metering/bills?period={Period}");
        var items = bills["items"]!.AsArray();
        Assert.Equal(2, items.Count);

        await page.GotoAsync($"/metering/bills?period={Period}");
        await WaitUntilLiveAsync(page, Live);
        foreach (var bill in items)
        {
            await Assertions.Expect(page.Locator($"[data-testid=bill-row][data-id='{(long)bill!["id"]!}']"))
                .ToHaveAttributeAsync("data-total", ((decimal)bill["currentTotal"]!).ToString("0.00", CultureInfo.InvariantCulture));
        }

        var sum = items.Sum(b => (decimal)b!["currentTotal"]!);
        await Assertions.Expect(page.Locator("[data-testid=bills-sum][data-currency=DKK]")).ToHaveAttributeAsync("data-sum", sum.ToString("0.00", CultureInfo.InvariantCulture));

        // An operator's second run from the page finds both bills unchanged: the page shows the API's next run.
        await page.GetByTestId("run-billing").ClickAsync();
        var summary = page.GetByTestId("run-summary");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-run-id", (runId + 1).ToString(CultureInfo.InvariantCulture));
        var runs = await Api.GetJsonAsync("/api/v1/metering/billing-runs");
        var latest = runs["items"]![0]!;
        Assert.Equal((runId + 1, 0, 2), ((long)latest["id"]!, (int)latest["summary"]!["billed"]!, (int)latest["summary"]!["unchanged"]!));
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-billed", "0");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "metering-pages-bills.png"), FullPage = true });
    }

    private async Task ViewerSeesNoActionsAsync()
    {
        var created = await Api.Http.PostAsJsonAsync("/api/v1/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var page = await OpenSignedInAsync($"/metering/meters/{SpikyMeter}?{Range}", ViewerEmail, ViewerPassword, Live);

        await Assertions.Expect(page.GetByTestId("interval-row")).ToHaveCountAsync(Hours);
        await Assertions.Expect(page.GetByTestId("edit-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("interval-select")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "metering-pages-viewer-meter.png"), FullPage = true });
        await page.GotoAsync($"/metering/bills?period={Period}");
        await WaitUntilLiveAsync(page, Live);
        await Assertions.Expect(page.GetByTestId("bill-row")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("run-billing")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "metering-pages-viewer-bills.png"), FullPage = true });
    }
}
