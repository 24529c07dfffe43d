using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;
using static Polis.Dashboard.Tests.DevicePageSteps;

namespace Polis.Dashboard.Tests;

/// <summary>
/// The device list and the device page in a real headless Chromium against the real polis process, with real MQTT
/// devices: the twin and the history chart show what the device published (raw and aggregated), a two-way command
/// reaches a real MQTT client and its answer shows on the page, the list filters by profile, and a viewer gets no
/// write controls. Screenshots go to <c>artifacts/</c>.
/// </summary>
public sealed partial class DevicePageTests : DashboardSession
{
    private const string ViewerEmail = "device-viewer@e2e.local";
    private const string ViewerPassword = "E2e-viewer-password-3";

    [ChromiumFact]
    public async Task DevicePage_ReadingsOverThePastHours_TwinAndChartShowThemRawAndAggregated()
    {
        // 24 readings 5 min apart over two whole hours that ended at least an hour ago: raw = 24 points, 1 h = 2 buckets,
        // 15 min = 8 buckets of 3. Value i at reading i, so avg per hour is 5.5 and 17.5, max per hour 11 and 23.
        var token = await Api.CreateDeviceAsync("dp-th-1", "generic", district: "dp-north", location: [24.94, 60.17], labels: ["dp-street-7"]);
        using var device = await Devices.ConnectAsync(Polis, token);
        var start = HourFloor(Devices.Now()) - (3 * 3_600_000);
        await PublishHistoryAsync(device, "temperature", Enumerable.Range(0, 24).Select(i => (start + (i * 300_000L), (double)i)));

        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString(), ViewportSize = new() { Width = 1600, Height = 1200 } });
        await page.GotoAsync("/devices/dp-th-1");
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await page.GotoAsync("/devices/dp-th-1");
        await WaitUntilLiveAsync(page, DevicePageLive);

        var temperature = page.GetByTestId("twin-row").And(page.Locator("[data-key=temperature]"));
        await Assertions.Expect(temperature.GetByTestId("twin-value")).ToHaveTextAsync("23");
        await Assertions.Expect(temperature.GetByTestId("twin-ts")).ToHaveTextAsync(DateTimeOffset.FromUnixTimeMilliseconds(start + (23 * 300_000L)).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("twin-district")).ToHaveTextAsync("dp-north");
        await Assertions.Expect(page.GetByTestId("twin-labels")).ToHaveTextAsync("dp-street-7");
        await Assertions.Expect(page.GetByTestId("twin-online")).ToHaveTextAsync("online");

        // Default: the last 24 h, raw.
        var chart = page.GetByTestId("history-chart");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-point-count", "24");
        await Assertions.Expect(chart.GetByTestId("chart-point")).ToHaveCountAsync(24);
        await Assertions.Expect(chart.GetByTestId("chart-y-label")).ToHaveTextAsync("temperature");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "device-page-raw.png"), FullPage = true });

        await page.SelectOptionAsync("[data-testid=history-interval]", "1h");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-point-count", "2");
        var summary = page.GetByTestId("history-summary");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-max", "17.5");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-min", "5.5");
        await Assertions.Expect(chart.GetByTestId("chart-y-label")).ToHaveTextAsync("temperature (avg per 1 hour)");

        // Switching the aggregate changes the data, not the buckets.
        await page.SelectOptionAsync("[data-testid=history-agg]", "Max");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-max", "23");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-min", "11");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-point-count", "2");
        await page.SelectOptionAsync("[data-testid=history-agg]", "Count");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-max", "12");

        await page.SelectOptionAsync("[data-testid=history-interval]", "15m");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-point-count", "8");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-max", "3");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "device-page-aggregated.png"), FullPage = true });

        // A key with 10,001 readings in the last 24 h (one a second, from 5 h ago), published while the page is open: it
        // joins the key list live; raw is refused (one read returns at most 10,000 points), 1 min buckets are drawn.
        var pulsesFrom = Devices.Now() - (5 * 3_600_000);
        foreach (var batch in Enumerable.Range(0, 10_001).Chunk(500))
        {
            await PublishHistoryAsync(device, "pulses", batch.Select(i => (pulsesFrom + (i * 1_000L), (double)(i % 7))));
        }

        await Assertions.Expect(page.Locator("[data-testid=history-key] option[value=pulses]")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("[data-testid=history-key]", "pulses");
        await page.SelectOptionAsync("[data-testid=history-interval]", "raw");
        await Assertions.Expect(page.GetByTestId("history-refusal")).ToContainTextAsync("10,000 raw readings or more");
        await page.SelectOptionAsync("[data-testid=history-interval]", "1m");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-point-count", new Regex("^16[78]$"));
        await page.SelectOptionAsync("[data-testid=history-key]", "temperature");

        // 1 min over 30 days is 43,200 intervals: refused with the API's own message, nothing drawn.
        await page.SelectOptionAsync("[data-testid=history-range]", "Last30Days");
        await page.SelectOptionAsync("[data-testid=history-interval]", "1m");
        await Assertions.Expect(page.GetByTestId("history-refusal")).ToContainTextAsync("more than 10000 intervals");
        await Assertions.Expect(chart).ToHaveCountAsync(0);

        // The last hour holds none of these readings: an empty state, not an empty chart.
        await page.SelectOptionAsync("[data-testid=history-range]", "LastHour");
        await page.SelectOptionAsync("[data-testid=history-interval]", "raw");
        await Assertions.Expect(page.GetByTestId("history-empty")).ToBeVisibleAsync();

        // Live: a reading published now reaches the open page's twin without a reload.
        await PublishAsync(device, """{"temperature": 99.5, "humidity": 41}""");
        await Assertions.Expect(temperature.GetByTestId("twin-value")).ToHaveTextAsync("99.5");
        await Assertions.Expect(page.GetByTestId("twin-row").And(page.Locator("[data-key=humidity]")).GetByTestId("twin-value")).ToHaveTextAsync("41");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-point-count", "1", new() { Timeout = 30_000 }); // the chart's range ends "now": re-read on the page's tick
    }

    [ChromiumFact]
    public async Task DevicePage_TwoWayCommandToARealMqttClient_ShowsTheAnswer()
    {
        var token = await Api.CreateDeviceAsync("dp-ctl-1", "generic", district: "dp-south");
        using var device = await Devices.ConnectAsync(Polis, token);
        var attributePushes = await AnswerCommandsAsync(device);
        await PublishAsync(device, """{"setpoint": 20}""");

        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString(), ViewportSize = new() { Width = 1600, Height = 1200 } });
        await page.GotoAsync("/devices/dp-ctl-1");
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await page.GotoAsync("/devices/dp-ctl-1");
        await WaitUntilLiveAsync(page, DevicePageLive);

        // Bad params are refused on the page, before anything is sent.
        await page.GetByTestId("command-method").FillAsync("setValve");
        await page.GetByTestId("command-params").FillAsync("{\"open\": tru");
        await page.GetByTestId("command-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("command-error")).ToContainTextAsync("Params must be JSON");

        await page.GetByTestId("command-params").FillAsync("""{"open": true, "level": 3}""");
        await page.GetByTestId("command-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("command-outcome")).ToHaveAttributeAsync("data-succeeded", "true");
        var response = page.GetByTestId("command-response");
        await Assertions.Expect(response).ToContainTextAsync("e2e-firmware");
        await Assertions.Expect(response).ToContainTextAsync("\"level\": 3");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "device-page-command.png"), FullPage = true });

        // Persistent: stored, delivered to the subscribed device, answered; the page lists it with its status.
        await page.SelectOptionAsync("[data-testid=command-mode]", "Persistent");
        await page.GetByTestId("command-method").FillAsync("getState");
        await page.GetByTestId("command-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("command-outcome")).ToContainTextAsync("Stored as persistent command");
        await Assertions.Expect(page.GetByTestId("recent-command")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("recent-command-status")).ToHaveTextAsync(new Regex("^(queued|sent|delivered|successful)$"));
        var stored = await Api.GetJsonAsync("/api/v1/devices/dp-ctl-1/rpc");
        Assert.Equal("getState", (string?)stored["items"]![0]!["method"]);

        // A shared attribute set on the page is what the API reports, and it is pushed to the device.
        await page.SelectOptionAsync("[data-testid=attribute-scope]", "Shared");
        await page.GetByTestId("attribute-key").FillAsync("targetTemperature");
        await page.GetByTestId("attribute-new-value").FillAsync("21.5");
        await page.GetByTestId("attribute-set").ClickAsync();
        var shared = page.GetByTestId("attribute-row").And(page.Locator("[data-scope=shared][data-key=targetTemperature]"));
        await Assertions.Expect(shared.GetByTestId("attribute-value")).ToHaveTextAsync("21.5");
        await Assertions.Expect(page.GetByTestId("attribute-message")).ToHaveCountAsync(0);
        var attributes = await Api.GetJsonAsync("/api/v1/devices/dp-ctl-1/attributes");
        Assert.Equal(21.5, attributes["shared"]!["targetTemperature"]!["value"]!.GetValue<double>());
        await Eventually.ReturnsAsync(() => Task.FromResult(Snapshot(attributePushes)), pushes => pushes.Any(p => p.Contains("\"targetTemperature\":21.5", StringComparison.Ordinal)), "the device receives the shared attribute");

        // Deleted on the page: gone from the API, and the device is told which keys were deleted.
        await shared.GetByTestId("attribute-delete").ClickAsync();
        await Assertions.Expect(shared).ToHaveCountAsync(0);
        Assert.Null((await Api.GetJsonAsync("/api/v1/devices/dp-ctl-1/attributes"))["shared"]!["targetTemperature"]);
        await Eventually.ReturnsAsync(() => Task.FromResult(Snapshot(attributePushes)), pushes => pushes.Any(p => p.Contains("\"deleted\":[\"targetTemperature\"]", StringComparison.Ordinal)), "the device is told the key was deleted");
    }

    [ChromiumFact]
    public async Task DevicePage_ProfileDeclaresCommands_OnlyThoseAreOffered()
    {
        await Api.CreateDeviceAsync("dp-wm-1", "water-meter", district: "dp-east");
        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString() });
        await page.GotoAsync("/devices/dp-wm-1");
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await page.GotoAsync("/devices/dp-wm-1");
        await WaitUntilLiveAsync(page, DevicePageLive);

        var offered = await page.Locator("[data-testid=command-method] option").AllTextContentsAsync();
        Assert.Equal(["closeValve", "openValve"], offered);

        // Not connected: the page says so instead of waiting for an answer that cannot come.
        await page.GetByTestId("command-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("command-outcome")).ToContainTextAsync("not connected");
        await Assertions.Expect(page.GetByTestId("command-outcome")).ToHaveAttributeAsync("data-succeeded", "false");
    }

    [ChromiumFact]
    public async Task DeviceList_FilterByProfile_ShowsOnlyThatProfileAndOpensTheDevice()
    {
        await Api.CreateDeviceAsync("dl-aq-1", "air-quality", district: "dl-west");
        await Api.CreateDeviceAsync("dl-aq-2", "air-quality", district: "dl-east");
        await Api.CreateDeviceAsync("dl-gen-1", "generic", district: "dl-west");

        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString() });
        await page.GotoAsync("/");
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        // Loaded directly, not through the app bar: a click on a link before the overview's circuit is up can leave the
        // overview on screen under the new URL (Blazor's enhanced navigation racing the circuit start).
        await page.GotoAsync("/devices");
        await WaitUntilLiveAsync(page, "devices-summary");
        var rows = page.GetByTestId("device-row");
        await Assertions.Expect(rows).ToHaveCountAsync(3);

        await page.SelectOptionAsync("[data-testid=filter-profile]", "air-quality");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        Assert.All(await rows.GetByTestId("device-profile").AllTextContentsAsync(), profile => Assert.Equal("air-quality", profile));
        await Assertions.Expect(page.GetByTestId("devices-summary")).ToHaveTextAsync("2 devices");

        await page.GetByPlaceholder("District").FillAsync("dl-east");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToHaveAttributeAsync("data-device-id", "dl-aq-2");

        await page.SelectOptionAsync("[data-testid=filter-online]", "true");
        await Assertions.Expect(page.GetByTestId("devices-empty")).ToBeVisibleAsync();
        await page.SelectOptionAsync("[data-testid=filter-online]", "");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "device-list-filtered.png"), FullPage = true });

        // Search is by name (the store's query) or an exact id; with the other filters cleared it finds the generic device.
        await page.SelectOptionAsync("[data-testid=filter-profile]", "");
        await page.GetByPlaceholder("District").FillAsync("");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await page.GetByPlaceholder("Id or name").FillAsync("dl-gen");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToHaveAttributeAsync("data-device-id", "dl-gen-1");

        await page.GetByPlaceholder("Id or name").FillAsync("Device dl-aq-2");
        await Assertions.Expect(rows).ToHaveAttributeAsync("data-device-id", "dl-aq-2"); // the search is debounced: wait for its result
        // The row opens the device inside the circuit (history.pushState, no new document): wait for the device page to be
        // there and live, not for a navigation event.
        await rows.ClickAsync();
        await WaitUntilLiveAsync(page, DevicePageLive);
        await ExpectPathAsync(page, "/devices/dl-aq-2");
        await Assertions.Expect(page.GetByTestId("device-id")).ToHaveTextAsync("dl-aq-2");
    }

    [ChromiumFact]
    public async Task DevicePage_Viewer_SeesTwinAndAttributesWithoutWriteControls()
    {
        await Api.CreateDeviceAsync("dp-view-1", "generic", district: "dp-west");
        var set = await Api.Http.PostAsJsonAsync("/api/v1/devices/dp-view-1/attributes/server", new { maintenanceWindow = "night" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var created = await Api.Http.PostAsJsonAsync("/api/v1/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var page = await OpenSignedInAsync("/devices/dp-view-1", ViewerEmail, ViewerPassword, DevicePageLive);

        await Assertions.Expect(page.GetByTestId("twin-district")).ToHaveTextAsync("dp-west");
        var attribute = page.GetByTestId("attribute-row").And(page.Locator("[data-scope=server][data-key=maintenanceWindow]"));
        await Assertions.Expect(attribute.GetByTestId("attribute-value")).ToHaveTextAsync("\"night\"");
        await Assertions.Expect(page.GetByTestId("command-read-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("command-send")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("attribute-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("attribute-delete")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "device-page-viewer.png"), FullPage = true });
    }

    private static List<string> Snapshot(List<string> pushes)
    {
        lock (pushes)
        {
            return [.. pushes];
        }
    }
}
