using System.Net;
using System.Text;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests;

/// <summary>
/// The dashboard over the simulated city (the tiny preset, accelerated so stations report every second): an alarm
/// raised by a simulated device's real MQTT reading appears live on the overview and is acknowledged there.
/// </summary>
public sealed class SimulatedCityTests : DashboardSession
{
    protected override string[] PolisArguments =>
        ["--Polis:Simulator:Enabled", "true", "--Polis:Simulator:Scale", "tiny", "--Polis:Simulator:Seed", "5", "--Polis:Simulator:Speed", "600"];

    [ChromiumFact]
    public async Task Overview_AlarmRaisedByTheSimulatedCity_AppearsLiveAndIsAcknowledged()
    {
        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString() });
        await page.GotoAsync("/");
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await Assertions.Expect(page.GetByTestId("devices-total")).ToHaveTextAsync("19", new() { Timeout = 90_000 });

        // Every PM2.5 reading trips this rule, so the next report of a simulated station raises the alarm.
        var rule = """
            { "id": "sim-test-pm25-any", "name": "Simulated station reports PM2.5", "target": { "profileId": "air-quality" }, "severity": "critical",
              "condition": { "type": "threshold", "key": "pm25", "operator": ">=", "value": 0 } }
            """;
        var created = await Api.Http.PostAsync(new Uri("/api/v1/rules", UriKind.Relative), new StringContent(rule, Encoding.UTF8, "application/json"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var row = page.GetByTestId("alarm-row").Filter(new() { HasText = "sim-5-aq-00001" }).Filter(new() { HasText = "Simulated station reports PM2.5" });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "simulated-city-alarm.png"), FullPage = true });
        var alarmId = await row.GetAttributeAsync("data-alarm-id");

        await row.GetByTestId("ack").ClickAsync();
        await Assertions.Expect(row.GetByTestId("alarm-status")).ToHaveTextAsync("active, acknowledged");
        var alarm = await Api.GetJsonAsync($"/api/v1/alarms/{alarmId}");
        Assert.Equal("active-acknowledged", alarm["status"]!.GetValue<string>());
        Assert.Equal("sim-5-aq-00001", alarm["deviceId"]!.GetValue<string>());
    }
}
