using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests;

/// <summary>
/// The alarm console in a real headless Chromium against the real polis process: an alarm raised by a rule from a
/// real MQTT reading after the page loaded appears live, the severity filter hides and shows it, and assign,
/// comment and clear done through the page are what the API reports. Screenshots go to <c>artifacts/</c>.
/// </summary>
public sealed class AlarmConsoleTests : DashboardSession
{
    private const string ViewerEmail = "console-viewer@e2e.local";
    private const string ViewerPassword = "E2e-viewer-password-2";
    private const string LiveMarker = "console-updated-at";

    [ChromiumFact]
    public async Task AlarmConsole_OperatorFiltersAssignsCommentsAndClears_ApiShowsTheSame()
    {
        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString() });
        await page.GotoAsync("/");
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await page.GetByTestId("nav-alarms").ClickAsync();
        await ExpectPathAsync(page, "/alarms");
        await WaitUntilLiveAsync(page, LiveMarker);
        await Assertions.Expect(page.GetByTestId("console-empty")).ToBeVisibleAsync();

        // Raised after the console loaded, by a rule on a real MQTT reading: it must appear without a reload.
        var token = await Api.CreateDeviceAsync("con-aq-1", "air-quality", district: "con-east");
        await CreateThresholdRuleAsync("con-pm25-1", "con-aq-1", "major");
        using var device = await Devices.ConnectAsync(Polis, token);
        await PublishAsync(device, """{"pm25": 50}""");
        var row = page.GetByTestId("console-row").Filter(new() { HasText = "con-aq-1" });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var alarmId = await row.GetAttributeAsync("data-alarm-id");
        Assert.True(Guid.TryParse(alarmId, out _), $"row carries the alarm id, got '{alarmId}'");

        // The severity filter hides a major alarm when only critical ones are asked for, and shows it for major.
        await page.SelectOptionAsync("[data-testid=filter-severity]", "Critical");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("console-empty")).ToBeVisibleAsync();
        await page.SelectOptionAsync("[data-testid=filter-severity]", "Major");
        await Assertions.Expect(row).ToBeVisibleAsync();

        // Detail: the rule's details JSON and the history, then assign and comment through the page.
        await row.ClickAsync();
        var detail = page.GetByTestId("alarm-detail");
        await Assertions.Expect(detail).ToHaveAttributeAsync("data-alarm-id", alarmId!);
        await Assertions.Expect(detail.GetByTestId("detail-json")).ToContainTextAsync("pm25");
        await Assertions.Expect(detail.GetByTestId("history-row").Filter(new() { HasText = "raised" })).ToHaveCountAsync(1);

        await detail.GetByPlaceholder("Assignee").FillAsync("crew-7");
        await detail.GetByTestId("detail-assign").ClickAsync();
        await Assertions.Expect(detail.GetByTestId("detail-assignee")).ToHaveTextAsync("crew-7");
        await Assertions.Expect(row.GetByTestId("console-assignee")).ToHaveTextAsync("crew-7");
        var assigned = detail.GetByTestId("history-row").Filter(new() { HasText = "assigned" });
        await Assertions.Expect(assigned.GetByTestId("history-actor")).ToHaveTextAsync(PolisProcess.AdminEmail);

        await detail.GetByPlaceholder("Comment").FillAsync("Crew on the way");
        await detail.GetByTestId("detail-comment").ClickAsync();
        var comment = detail.GetByTestId("history-row").Filter(new() { HasText = "Crew on the way" });
        await Assertions.Expect(comment.GetByTestId("history-actor")).ToHaveTextAsync(PolisProcess.AdminEmail);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "alarm-console-detail.png"), FullPage = true });

        var fromApi = await Api.GetJsonAsync($"/api/v1/alarms/{alarmId}");
        Assert.Equal("crew-7", (string?)fromApi["assignee"]);
        var history = fromApi["history"]!.AsArray();
        Assert.Contains(history, e => (string?)e!["kind"] == "assigned" && (string?)e["actor"] == PolisProcess.AdminEmail && (string?)e["text"] == "crew-7");
        Assert.Contains(history, e => (string?)e!["kind"] == "comment" && (string?)e["actor"] == PolisProcess.AdminEmail && (string?)e["text"] == "Crew on the way");

        // The other filters: assignee, profile, rule and how recently it was raised each keep or hide the alarm.
        await FilterAsync(page, "Assigned to", "crew-9", row, visible: false);
        await FilterAsync(page, "Assigned to", "crew-7", row, visible: true);
        await FilterAsync(page, "Profile", "bus", row, visible: false);
        await FilterAsync(page, "Profile", "air-quality", row, visible: true);
        await FilterAsync(page, "Rule id", "some-other-rule", row, visible: false);
        await FilterAsync(page, "Rule id", "con-pm25-1", row, visible: true);
        await page.SelectOptionAsync("[data-testid=filter-raised]", "last hour");
        await Assertions.Expect(row).ToBeVisibleAsync();

        // Clear through the page: the console and the API agree it is cleared, by the signed-in operator.
        await detail.GetByTestId("detail-clear").ClickAsync();
        await Assertions.Expect(detail.GetByTestId("detail-status")).ToHaveTextAsync("cleared");
        await Assertions.Expect(row.GetByTestId("console-status")).ToHaveTextAsync("cleared");
        await Assertions.Expect(detail.GetByTestId("detail-clear")).ToHaveCountAsync(0);
        var cleared = await Api.GetJsonAsync($"/api/v1/alarms/{alarmId}");
        Assert.Equal("cleared", (string?)cleared["status"]);
        Assert.Equal(PolisProcess.AdminEmail, (string?)cleared["clearedBy"]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "alarm-console-cleared.png"), FullPage = true });

        // The device page links here with ?deviceId=: the console opens filtered to that device.
        await page.GotoAsync("/alarms?deviceId=some-other-device");
        await WaitUntilLiveAsync(page, LiveMarker);
        await Assertions.Expect(page.GetByTestId("console-empty")).ToBeVisibleAsync();
        await page.GotoAsync("/alarms?deviceId=con-aq-1");
        await WaitUntilLiveAsync(page, LiveMarker);
        await Assertions.Expect(page.GetByTestId("console-row").Filter(new() { HasText = "con-aq-1" })).ToBeVisibleAsync();
    }

    private static async Task FilterAsync(IPage page, string placeholder, string value, ILocator row, bool visible)
    {
        await page.GetByPlaceholder(placeholder, new() { Exact = true }).FillAsync(value);
        await Assertions.Expect(row).ToHaveCountAsync(visible ? 1 : 0);
    }

    [ChromiumFact]
    public async Task AlarmConsole_ViewerOpensAnAlarm_SeesHistoryWithoutActions()
    {
        var token = await Api.CreateDeviceAsync("con-aq-v", "air-quality", district: "con-west");
        await CreateThresholdRuleAsync("con-pm25-v", "con-aq-v", "minor");
        using var device = await Devices.ConnectAsync(Polis, token);
        await PublishAsync(device, """{"pm25": 60}""");
        await Eventually.ReturnsAsync(async () => (await Api.GetJsonAsync("/api/v1/alarms?deviceId=con-aq-v"))["items"]!.AsArray().Count, n => n == 1, "the alarm is raised");
        var created = await Api.Http.PostAsJsonAsync("/api/v1/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var page = await OpenSignedInAsync("/alarms", ViewerEmail, ViewerPassword, LiveMarker);
        await page.GetByTestId("console-row").Filter(new() { HasText = "con-aq-v" }).ClickAsync();

        var detail = page.GetByTestId("alarm-detail");
        await Assertions.Expect(detail.GetByTestId("history-row").Filter(new() { HasText = "raised" })).ToHaveCountAsync(1);
        await Assertions.Expect(detail.GetByTestId("detail-clear")).ToHaveCountAsync(0);
        await Assertions.Expect(detail.GetByTestId("detail-assign")).ToHaveCountAsync(0);
        await Assertions.Expect(detail.GetByTestId("detail-comment")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "alarm-console-viewer.png"), FullPage = true });
    }
}
