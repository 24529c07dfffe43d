using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests;

/// <summary>
/// The dashboard in a real headless Chromium against the real polis process: sign in through the page, read the
/// overview's numbers, watch an alarm raised after the page loaded appear without a reload, act on it as an
/// operator, and see a viewer get no write actions. Screenshots go to <c>artifacts/</c> in the test output.
/// </summary>
public sealed class OverviewTests : IAsyncLifetime
{
    private const string ViewerEmail = "viewer@e2e.local";
    private const string ViewerPassword = "E2e-viewer-password-1";

    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    private PolisProcess _polis = null!;
    private PolisApi _api = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        var chromium = SystemChromium.Find() ?? throw new InvalidOperationException(SystemChromium.MissingMessage);
        Directory.CreateDirectory(Artifacts);
        _polis = await PolisProcess.StartAsync();
        _api = await PolisApi.SignInAsync(_polis);
        _playwright = await Playwright.CreateAsync();
        // --no-sandbox: CI runs as root, where Chromium refuses its sandbox.
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _api?.Dispose();
        if (_polis is not null)
        {
            await _polis.DisposeAsync();
        }
    }

    [ChromiumFact]
    public async Task Overview_OperatorSignsIn_SeesRealNumbersAndAnAlarmRaisedLaterAppearsLive()
    {
        var first = await _api.CreateDeviceAsync("dash-aq-1", "air-quality", district: "dash-centre");
        await CreateThresholdRuleAsync("dash-pm25-1", "dash-aq-1", "major");
        using var firstDevice = await Devices.ConnectAsync(_polis, first);
        await PublishAsync(firstDevice, """{"pm25": 50}""");
        await Eventually.ReturnsAsync(() => OpenAlarmCountAsync(), n => n == 1, "the first alarm is raised");

        var page = await _browser.NewPageAsync(new() { BaseURL = _polis.BaseAddress.ToString() });
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
        var second = await _api.CreateDeviceAsync("dash-aq-2", "air-quality", district: "dash-north");
        await CreateThresholdRuleAsync("dash-pm25-2", "dash-aq-2", "critical");
        using var secondDevice = await Devices.ConnectAsync(_polis, second);
        await PublishAsync(secondDevice, """{"pm25": 80}""");
        var liveRow = page.GetByTestId("alarm-row").Filter(new() { HasText = "dash-aq-2" });
        await Assertions.Expect(liveRow).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("severity-critical")).ToContainTextAsync("critical: 1");
        await Assertions.Expect(page.GetByTestId("devices-total")).ToHaveTextAsync("2");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "overview-live-alarm.png"), FullPage = true });

        // An admin may acknowledge from the overview; the platform records it.
        await liveRow.GetByTestId("ack").ClickAsync();
        await Assertions.Expect(liveRow.GetByTestId("alarm-status")).ToHaveTextAsync("active, acknowledged");
        var acknowledged = await _api.GetJsonAsync("/api/v1/alarms?deviceId=dash-aq-2&status=active-acknowledged");
        Assert.Single(acknowledged["items"]!.AsArray());
    }

    [ChromiumFact]
    public async Task Overview_ViewerSignsIn_SeesAlarmsWithoutWriteActions()
    {
        var token = await _api.CreateDeviceAsync("dash-aq-v", "air-quality", district: "dash-south");
        await CreateThresholdRuleAsync("dash-pm25-v", "dash-aq-v", "minor");
        using var device = await Devices.ConnectAsync(_polis, token);
        await PublishAsync(device, """{"pm25": 60}""");
        await Eventually.ReturnsAsync(() => OpenAlarmCountAsync(), n => n == 1, "the alarm is raised");
        var created = await _api.Http.PostAsJsonAsync("/api/v1/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var page = await _browser.NewPageAsync(new() { BaseURL = _polis.BaseAddress.ToString() });
        await page.GotoAsync("/");
        await SignInAsync(page, ViewerEmail, ViewerPassword);

        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("viewer");
        await Assertions.Expect(page.GetByTestId("alarm-row").Filter(new() { HasText = "dash-aq-v" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("ack")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "overview-viewer.png"), FullPage = true });
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    private async Task CreateThresholdRuleAsync(string ruleId, string deviceId, string severity)
    {
        var json = $$"""
            { "id": "{{ruleId}}", "name": "PM2.5 above 35 at {{deviceId}}", "target": { "deviceId": "{{deviceId}}" }, "severity": "{{severity}}",
              "condition": { "type": "threshold", "key": "pm25", "operator": ">", "value": 35 } }
            """;
        var response = await _api.Http.PostAsync(new Uri("/api/v1/rules", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task<int> OpenAlarmCountAsync()
    {
        var page = await _api.GetJsonAsync("/api/v1/alarms?status=active-unacknowledged");
        return page["items"]!.AsArray().Count;
    }

    private static async Task PublishAsync(IMqttClient device, string json)
    {
        var result = await device.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry").WithPayload(json).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.True(result.IsSuccess, result.ReasonString);
    }
}
