using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>
/// With <see cref="TwoLineFeed"/> uploaded and two buses reporting over real MQTT (line L about a minute late, line K
/// twelve minutes late, both kept reporting every 10 s): the overview's "buses on time" tile counts the two matched
/// buses and one on time; the performance page draws on-time shares from the stop events the tracker recorded and the
/// accuracy of the predictions it scored; a viewer reads the transit pages too.
/// </summary>
public sealed class TransitOverviewAndPerformanceTests : DashboardSession
{
    private const string ViewerEmail = "transit-viewer@e2e.local";
    private const string ViewerPassword = "E2e-viewer-password-5";

    [ChromiumFact]
    public async Task OverviewAndPerformance_MatchedBuses_CountedAndChartedFromRecordedCalls()
    {
        await TwoLineFeed.UploadAsync(Api);
        await using var onTime = await ReportingBus.StartAsync(Polis, Api, "tp-bus-l", "L", delaySeconds: 60);
        await using var late = await ReportingBus.StartAsync(Polis, Api, "tp-bus-k", "K", delaySeconds: 720);
        onTime.KeepReporting();
        late.KeepReporting();
        await onTime.WaitUntilMatchedAsync(Api);
        await late.WaitUntilMatchedAsync(Api);

        // The tile: both buses matched to a trip and fresh, the one a minute late on time, the one 12 min late not.
        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 1000 } });
        await page.GotoAsync("/");
        await SignInAsync(page, PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await Assertions.Expect(page.GetByTestId("buses-in-service")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("buses-on-time-count")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("buses-on-time")).ToHaveTextAsync("50%");
        await page.GetByTestId("tile-buses").ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "transit-overview-tile.png") });

        // Each bus passed stops in its first three minutes: the calls are recorded and the predictions made before them scored.
        var from = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var line in (string[])["L", "K"])
        {
            await Eventually.ReturnsAsync(() => Api.GetJsonAsync($"/api/v1/transit/predictions/accuracy?routeId={line}&from={from}"),
                a => a["buckets"]![0]!["count"]!.GetValue<long>() > 0, $"line {line}'s calls are recorded and its predictions scored", seconds: 60);
        }

        var accuracy = await Api.GetJsonAsync($"/api/v1/transit/predictions/accuracy?from={from}");
        await page.GotoAsync("/transit/performance");
        await WaitUntilLiveAsync(page, "performance-status");
        var routeL = page.Locator("[data-testid=route-performance][data-route-id=L]");
        var routeK = page.Locator("[data-testid=route-performance][data-route-id=K]");
        await Assertions.Expect(routeL).ToHaveCountAsync(1);
        await Assertions.Expect(routeK).ToHaveCountAsync(1);
        var callsL = await routeL.GetAttributeAsync("data-calls");
        var callsK = await routeK.GetAttributeAsync("data-calls");
        Assert.True(int.Parse(callsL!, CultureInfo.InvariantCulture) > 0 && int.Parse(callsK!, CultureInfo.InvariantCulture) > 0, $"calls: L {callsL}, K {callsK}");
        // About a minute late is on time, twelve minutes late is late, at every call.
        await Assertions.Expect(routeL).ToHaveAttributeAsync("data-on-time", callsL!);
        await Assertions.Expect(routeL.GetByTestId("route-on-time-percent")).ToHaveTextAsync("100.0 %");
        await Assertions.Expect(routeK).ToHaveAttributeAsync("data-late", callsK!);
        await Assertions.Expect(routeK.GetByTestId("route-on-time-percent")).ToHaveTextAsync("0.0 %");
        var total = int.Parse(callsL!, CultureInfo.InvariantCulture) + int.Parse(callsK!, CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByTestId("performance-calls")).ToHaveAttributeAsync("data-count", total.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("chart-hours")).ToHaveAttributeAsync("data-calls", total.ToString(CultureInfo.InvariantCulture));
        // MudBlazor draws the charts as SVG.
        await Assertions.Expect(page.Locator("[data-testid=chart-routes] svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=chart-hours] svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=chart-accuracy] svg").First).ToBeVisibleAsync();
        // Accuracy per horizon bucket is what the API reports from the same tallies (read before the page: later scores only add).
        var firstBucket = accuracy["buckets"]![0]!;
        var shown = long.Parse((await page.Locator("[data-testid=accuracy-row][data-bucket='0-3']").GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);
        Assert.True(shown >= firstBucket["count"]!.GetValue<long>() && shown > 0, $"0-3 min: page {shown}, API before {firstBucket["count"]}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "transit-performance.png"), FullPage = true });

        // One route chosen: only its calls.
        await page.SelectOptionAsync("[data-testid=performance-route]", "K");
        await Assertions.Expect(routeL).ToHaveCountAsync(0);
        await Assertions.Expect(routeK).ToHaveCountAsync(1);

        // A viewer reads the transit pages as well.
        var created = await Api.Http.PostAsJsonAsync("/api/v1/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var viewer = await OpenSignedInAsync("/transit/performance", ViewerEmail, ViewerPassword, "performance-status");
        await Assertions.Expect(viewer.Locator("[data-testid=route-performance]")).ToHaveCountAsync(2);
        await viewer.GotoAsync("/transit");
        await WaitUntilLiveAsync(viewer, "transit-status");
        await Assertions.Expect(viewer.GetByTestId("transit-map")).ToHaveAttributeAsync("data-vehicle-count", "2");
        await viewer.GotoAsync("/transit/stops/L10");
        await WaitUntilLiveAsync(viewer, "board-status");
        await Assertions.Expect(viewer.GetByTestId("departure-row").First).ToBeVisibleAsync();
        await viewer.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "transit-viewer-board.png"), FullPage = true });
    }
}
