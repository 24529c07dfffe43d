using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests;

/// <summary>
/// The dashboard in a real headless Chromium against the real polis process: sign in through the page, read the
/// overview's numbers, watch an alarm raised after the page loaded appear without a reload, act on it as an
/// operator, and see a viewer get no write actions. Screenshots go to <c>artifacts/</c> in the test output.
/// </summary>
public sealed class OverviewTests : DashboardSession
{
    private const string ViewerEmail = "viewer@e2e.local";
    private const string ViewerPassword = "E2e-viewer-password-1";

    [ChromiumFact]
    public async Task Overview_OperatorSignsIn_SeesRealNumbersAndAnAlarmRaisedLaterAppearsLive()
    {
        var first = await Api.CreateDeviceAsync("dash-aq-1", "air-quality", district: "dash-centre");
        await CreateThresholdRuleAsync("dash-pm25-1", "dash-aq-1", "major");
        using var firstDevice = await Devices.ConnectAsync(Polis, first);
        await PublishAsync(firstDevice, """{"pm25": 50}""");
        await Eventually.ReturnsAsync(() => OpenAlarmCountAsync(), n => n == 1, "the first alarm is raised");

        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString() });
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal); // not signed in: sent to the login page
        await page.FillAsync("#email", PolisProcess.AdminEmail);
        await page.FillAsync("#password", "not the password at all");
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);

        await Assertions.Expect(page.GetByTestId("devices-total")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("devices-online")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("alarms-open")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("severity-major")).ToContainTextAsync("major: 1");
        await Assertions.Expect(page.GetByTestId("alarm-row").Filter(new() { HasText = "dash-aq-1" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("admin");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "overview-signed-in.png"), FullPage = true });

        // Raised after the page loaded: the page must pick it up without a reload.
        var second = await Api.CreateDeviceAsync("dash-aq-2", "air-quality", district: "dash-north");
        await CreateThresholdRuleAsync("dash-pm25-2", "dash-aq-2", "critical");
        using var secondDevice = await Devices.ConnectAsync(Polis, second);
        await PublishAsync(secondDevice, """{"pm25": 80}""");
        var liveRow = page.GetByTestId("alarm-row").Filter(new() { HasText = "dash-aq-2" });
        await Assertions.Expect(liveRow).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("severity-critical")).ToContainTextAsync("critical: 1");
        await Assertions.Expect(page.GetByTestId("devices-total")).ToHaveTextAsync("2");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "overview-live-alarm.png"), FullPage = true });

        // An admin may acknowledge from the overview; the platform records it.
        await liveRow.GetByTestId("ack").ClickAsync();
        await Assertions.Expect(liveRow.GetByTestId("alarm-status")).ToHaveTextAsync("active, acknowledged");
        var acknowledged = await Api.GetJsonAsync("/api/v1/alarms?deviceId=dash-aq-2&status=active-acknowledged");
        Assert.Single(acknowledged["items"]!.AsArray());
    }

    [ChromiumFact]
    public async Task Overview_ViewerSignsIn_SeesAlarmsWithoutWriteActions()
    {
        var token = await Api.CreateDeviceAsync("dash-aq-v", "air-quality", district: "dash-south");
        await CreateThresholdRuleAsync("dash-pm25-v", "dash-aq-v", "minor");
        using var device = await Devices.ConnectAsync(Polis, token);
        await PublishAsync(device, """{"pm25": 60}""");
        await Eventually.ReturnsAsync(() => OpenAlarmCountAsync(), n => n == 1, "the alarm is raised");
        var created = await Api.Http.PostAsJsonAsync("/api/v1/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString() });
        await page.GotoAsync("/");
        await SignInAsync(page, ViewerEmail, ViewerPassword);

        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("viewer");
        await Assertions.Expect(page.GetByTestId("alarm-row").Filter(new() { HasText = "dash-aq-v" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("ack")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "overview-viewer.png"), FullPage = true });
    }

    private async Task<int> OpenAlarmCountAsync()
    {
        var page = await Api.GetJsonAsync("/api/v1/alarms?status=active-unacknowledged");
        return page["items"]!.AsArray().Count;
    }
}
