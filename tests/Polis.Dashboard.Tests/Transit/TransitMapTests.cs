using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Polis.Dashboard.Transit;
using Polis.EndToEnd.Tests.Infrastructure;
using Polis.Transit.Gtfs;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>
/// The transit map and a stop's departure board in a real Chromium against the real polis process, with a feed made
/// in code (<see cref="TwoLineFeed"/>) uploaded through the API and two buses reporting over real MQTT: one on line L
/// about a minute late, one on line K twelve minutes late. Screenshots go to <c>artifacts/transit-*.png</c>.
/// </summary>
public sealed class TransitMapTests : DashboardSession
{
    private const string Live = "transit-status";

    [ChromiumFact]
    public async Task TransitMap_TwoMatchedBuses_ColouredByDelayMovingLiveWithPanelFilterAndBoard()
    {
        await TwoLineFeed.UploadAsync(Api);
        await using var onTime = await ReportingBus.StartAsync(Polis, Api, "tr-bus-l", "L", delaySeconds: 60);
        await using var late = await ReportingBus.StartAsync(Polis, Api, "tr-bus-k", "K", delaySeconds: 720);
        var lateState = await late.WaitUntilMatchedAsync(Api);
        await onTime.WaitUntilMatchedAsync(Api);

        var page = await OpenSignedInAsync("/transit", PolisProcess.AdminEmail, PolisProcess.AdminPassword, Live);
        var map = page.GetByTestId("transit-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-vehicle-count", "2");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-route-count", "2");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-stop-count", (2 * TwoLineFeed.StopCount).ToString(CultureInfo.InvariantCulture));

        // Each line is drawn from its shape (K's from its stops), in routes.txt's colour where the feed gives one.
        await Assertions.Expect(map.Locator("path.polis-route[data-route-id=L]")).ToHaveAttributeAsync("stroke", TwoLineFeed.LineColour);
        await Assertions.Expect(map.Locator("path.polis-route[data-route-id=K]")).ToHaveAttributeAsync("stroke", RouteColours.Of(new GtfsRoute("K", "DT", "K", "Cross Street", 3)));

        // Colours follow the matched delay: the API's delay, banded by the map's rule, is what the marker shows.
        Assert.Equal("late", DelayBands.Label(DelayBands.ForDelay(lateState["delaySeconds"]!.GetValue<int>())));
        await ExpectBandAsync(page, "tr-bus-k", "late");
        var lState = await onTime.VehicleAsync(Api);
        Assert.Equal("on time", DelayBands.Label(DelayBands.ForDelay(lState!["delaySeconds"]!.GetValue<int>())));
        await ExpectBandAsync(page, "tr-bus-l", "on time");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "transit-map.png"), FullPage = true });

        // A new report moves the marker without a reload.
        var moved = await onTime.ReportAsync(DateTimeOffset.UtcNow);
        await page.WaitForFunctionAsync(
            "([id, lon, lat]) => { const p = document.querySelector('[data-testid=transit-map]').polisTransit.positionOf(id); return p && Math.abs(p[0] - lon) < 1e-6 && Math.abs(p[1] - lat) < 1e-6; }",
            new object[] { "tr-bus-l", moved.Longitude, moved.Latitude }, new() { Timeout = 30_000 });
        await ExpectBandAsync(page, "tr-bus-l", "on time");

        // A click on the bus shows its run, delay, next stop and predictions, as the tracker has them.
        var vehicle = await LatestAsync(onTime, moved);
        await ClickAsync(page, "pointOf", "focus", "tr-bus-l");
        var panel = page.GetByTestId("vehicle-panel");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-vehicle-id", "tr-bus-l");
        await Assertions.Expect(panel.GetByTestId("vehicle-route")).ToHaveTextAsync("L");
        await Assertions.Expect(panel.GetByTestId("vehicle-trip-id")).ToContainTextAsync((string)vehicle!["trip"]!["tripId"]! + " to East End");
        await Assertions.Expect(panel.GetByTestId("vehicle-delay")).ToHaveAttributeAsync("data-delay-seconds", vehicle["delaySeconds"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture));
        var nextStop = (string)vehicle["nextStop"]!["stopId"]!;
        await Assertions.Expect(panel.GetByTestId("vehicle-next-stop")).ToHaveAttributeAsync("data-stop-id", nextStop);
        var predictions = (await Api.GetJsonAsync("/api/v1/transit/vehicles/tr-bus-l"))["predictions"]!.AsArray();
        Assert.NotEmpty(predictions);
        await Assertions.Expect(panel.GetByTestId("prediction-row")).ToHaveCountAsync(predictions.Count);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "transit-vehicle.png"), FullPage = true });

        // The route filter: K only hides line L, its stops and its bus; all routes shows everything again.
        await page.SelectOptionAsync("[data-testid=route-filter]", "K");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-filter", "0"); // routes by name: K, L
        await Assertions.Expect(map.Locator("path.polis-route[data-route-id=L]")).ToHaveCountAsync(0);
        Assert.Equal(["tr-bus-k"], await page.EvalOnSelectorAsync<string[]>("[data-testid=transit-map]", "el => el.polisTransit.visibleVehicleIds()"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "transit-filter.png"), FullPage = true });
        await page.SelectOptionAsync("[data-testid=route-filter]", "");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-filter", "");
        await Assertions.Expect(map.Locator("path.polis-route[data-route-id=L]")).ToHaveCountAsync(1);

        // A click on a stop five calls ahead of the bus opens its board: the bus's run is there, live, at the
        // predicted time. Not the next stop: on a loaded machine the bus's call there can be over before the board
        // is read (ten minutes of margin instead of two). The vehicles layer is switched off first, as a user would,
        // because a bus near the stop covers it.
        var boardStop = (string)predictions[5]!["stopId"]!;
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Vehicles" }).UncheckAsync();
        await ClickAsync(page, "stopPointOf", "focusStop", boardStop);
        await ExpectPathAsync(page, $"/transit/stops/{boardStop}");
        await WaitUntilLiveAsync(page, "board-status");
        var board = await Api.GetJsonAsync($"/api/v1/transit/stops/{boardStop}/departures?limit=20");
        var line = board["departures"]!.AsArray().First(d => (string?)d!["vehicleId"] == "tr-bus-l")!;
        var row = page.Locator("[data-testid=departure-row][data-vehicle-id=tr-bus-l]");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-live", "true");
        await Assertions.Expect(row.GetByTestId("departure-kind")).ToHaveTextAsync("live");
        await Assertions.Expect(row.GetByTestId("departure-predicted")).ToHaveTextAsync(line["predictedDeparture"]!.GetValue<DateTimeOffset>().UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid=departure-row][data-live=false]").First).ToContainTextAsync("scheduled only");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "transit-board.png"), FullPage = true });

        // The timetable tab: every trip of line L calls there once a day.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Timetable" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("timetable-count")).ToHaveAttributeAsync("data-count", TwoLineFeed.TripsPerDay.ToString(CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "transit-timetable.png"), FullPage = true });
    }

    /// <summary>The tracker's state once it has taken the report that put the bus at <paramref name="at"/>.</summary>
    private async Task<JsonObject> LatestAsync(ReportingBus bus, (double Latitude, double Longitude) at) =>
        (await Eventually.ReturnsAsync(() => bus.VehicleAsync(Api),
            v => v?["longitude"] is { } lon && Math.Abs(lon.GetValue<double>() - at.Longitude) < 1e-6 && Math.Abs(v["latitude"]!.GetValue<double>() - at.Latitude) < 1e-6,
            $"{bus.Id}'s latest report is tracked"))!;

    private static async Task ExpectBandAsync(IPage page, string vehicleId, string band)
    {
        await page.WaitForFunctionAsync("([id, band]) => document.querySelector('[data-testid=transit-map]').polisTransit.bandOf(id) === band",
            new object[] { vehicleId, band }, new() { Timeout = 30_000 });
        // The marker is filled with the legend's colour for that band.
        var colour = await page.EvalOnSelectorAsync<string>("[data-testid=transit-map]", "(el, id) => el.polisTransit.colourOf(id)", vehicleId);
        Assert.Equal(DelayBands.Styles.Single(s => s.Name == band).Colour, colour);
        await Assertions.Expect(page.Locator($"[data-testid=transit-legend] [data-legend='{band}'] span")).ToHaveAttributeAsync("style", $"background:{colour}");
    }

    /// <summary>Centres a vehicle or stop (<paramref name="focus"/>), then clicks the page where the canvas draws it, as a user would.</summary>
    private static async Task ClickAsync(IPage page, string pointOf, string focus, string id)
    {
        await page.EvalOnSelectorAsync("[data-testid=transit-map]", $"(el, id) => el.polisTransit.{focus}(id)", id);
        var point = await page.EvalOnSelectorAsync<float[]>("[data-testid=transit-map]", $"(el, id) => {{ const p = el.polisTransit.{pointOf}(id); return [p.x, p.y]; }}", id);
        var box = (await page.GetByTestId("transit-map").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + point[0], box.Y + point[1]);
    }
}
