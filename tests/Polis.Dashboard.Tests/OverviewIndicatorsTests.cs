using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests;

/// <summary>
/// The overview's indicator tiles in a real Chromium, from real MQTT readings of meters, buses, parking sensors and
/// air-quality stations; the expected figures are worked out by hand from the readings below.
/// </summary>
public sealed class OverviewIndicatorsTests : DashboardSession
{
    [ChromiumFact]
    public async Task Overview_IndicatorTiles_ShowWhatTheDevicesReported()
    {
        // Readings stamped now: "today" must contain them (it starts at the city's midnight, UTC here).
        var now = Devices.Now();
        await ReportAsync("ind-em-1", "electricity-meter", $$$"""{"ts": {{{now - 2}}}, "values": {"power": 2.0}}""", $$$"""{"ts": {{{now - 1}}}, "values": {"power": 1.2}}""");
        await ReportAsync("ind-em-2", "electricity-meter", $$$"""{"ts": {{{now - 1}}}, "values": {"power": 4.0}}""");
        await ReportAsync("ind-wm-1", "water-meter", $$$"""{"ts": {{{now - 1}}}, "values": {"flow": 0.4}}""");
        await ReportAsync("ind-park-1", "parking-spot", """{"occupied": false}""");
        await ReportAsync("ind-park-2", "parking-spot", """{"occupied": false}""");
        await ReportAsync("ind-park-3", "parking-spot", """{"occupied": true}""");
        await Api.CreateDeviceAsync("ind-park-4", "parking-spot"); // never reported: counted, not reporting
        await ReportAsync("ind-aq-1", "air-quality", """{"pm25": 8}""");
        await ReportAsync("ind-aq-2", "air-quality", """{"pm25": 30}""");
        // Buses that report their own trip and delay, as the simulator's do.
        await ReportAsync("ind-bus-1", "bus", """{"delay": 30, "trip_id": "t1"}""");
        await ReportAsync("ind-bus-2", "bus", """{"delay": 600, "trip_id": "t2"}""");
        await ReportAsync("ind-bus-3", "bus", """{"delay": 0}""");

        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString() });
        await page.GotoAsync("/");
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);

        // (2.0 + 1.2 + 4.0) kW × 0.25 h per 15-minute reading = 1.8 kWh; 0.4 m³/h × 0.25 h = 0.1 m³.
        await Assertions.Expect(page.GetByTestId("electricity-today")).ToHaveAttributeAsync("data-value", "1.800");
        await Assertions.Expect(page.GetByTestId("water-today")).ToHaveAttributeAsync("data-value", "0.100");
        // The buses claim trips and delays, but no transit feed is imported: nothing can be matched, and the tile says so
        // rather than repeating the devices' own claims (TransitOverviewTests counts matched buses).
        await Assertions.Expect(page.GetByTestId("buses-no-feed")).ToContainTextAsync("no transit feed");
        await Assertions.Expect(page.GetByTestId("buses-on-time")).ToHaveTextAsync("–");
        await Assertions.Expect(page.GetByTestId("buses-in-service")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("parking-free")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("parking-reporting")).ToHaveTextAsync("3");
        // The worst station (30 µg/m³) decides the band: 25–50 is "poor" in the European index.
        await Assertions.Expect(page.GetByTestId("air-band")).ToHaveTextAsync("poor");
        await Assertions.Expect(page.GetByTestId("air-worst")).ToHaveTextAsync("30.0");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "overview-indicators.png"), FullPage = true });

        // Live: a spot frees up and the tile follows without a reload.
        await ReportAsync("ind-park-3", "parking-spot", """{"occupied": false}""", create: false);
        await Assertions.Expect(page.GetByTestId("parking-free")).ToHaveTextAsync("3");
    }

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private async Task ReportAsync(string deviceId, string profileId, string json, string? second = null, bool create = true)
    {
        if (create)
        {
            _tokens[deviceId] = await Api.CreateDeviceAsync(deviceId, profileId);
        }

        using var device = await Devices.ConnectAsync(Polis, _tokens[deviceId]);
        await PublishAsync(device, json);
        if (second is not null)
        {
            await PublishAsync(device, second);
        }
    }
}
