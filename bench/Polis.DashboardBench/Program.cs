using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Polis.DashboardBench;

// Measures the dashboard in a real headless Chromium against a running polis (bench/dashboard-perf.sh starts one
// with the simulated city): time until the overview and the map are interactive (fresh page each run, signed in),
// the map's frame rate, long tasks and live batches while the city reports, and the update latency from a probe's
// MQTT report to its marker moving on screen (LatencyProbe); then the same for the transit map (TransitBench).
// --pages city|transit|all chooses. Prints one JSON object.
var options = BenchOptions.Parse(args);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = options.Chromium, Headless = true, Args = ["--no-sandbox"] });
await using var context = await browser.NewContextAsync(new() { BaseURL = options.Url.ToString(), ViewportSize = new() { Width = 1600, Height = 1000 } });
await SignInAsync(context, options);

// The transit map first: the city part's movers are buses too, and would join the transit map's vehicles.
var result = new Dictionary<string, object> { ["url"] = options.Url.ToString(), ["runs"] = options.Runs };
if (options.Pages is "all" or "transit")
{
    result["transit"] = await new TransitBench(options).MeasureAsync(context);
}

if (options.Pages is "all" or "city")
{
    result["city"] = await MeasureCityAsync(context, options);
}

var json = JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true });
Console.WriteLine(json);
if (options.Out is { } path)
{
    await File.WriteAllTextAsync(path, json);
}

static async Task SignInAsync(IBrowserContext context, BenchOptions options)
{
    var page = await context.NewPageAsync();
    await page.GotoAsync("/login");
    await page.FillAsync("#email", options.Email);
    await page.FillAsync("#password", options.Password);
    await page.ClickAsync("#sign-in");
    await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { Timeout = 60_000 });
    await page.CloseAsync();
}

// The overview and the live map (issue 4).
static async Task<object> MeasureCityAsync(IBrowserContext context, BenchOptions options)
{
    var overview = new List<double>();
    var map = new List<double>();
    for (var run = 0; run < options.Runs; run++)
    {
        overview.Add(await PageTiming.TimeUntilAsync(context, "/", "[data-testid=updated-at][data-live=true]", "[data-testid=tile-electricity]"));
        map.Add(await PageTiming.TimeUntilAsync(context, "/map", "[data-testid=map-status][data-live=true]", "[data-testid=city-map][data-marker-count]"));
    }

    var page = await context.NewPageAsync();
    await page.GotoAsync("/map");
    await page.Locator("[data-testid=map-status][data-live=true]").WaitForAsync(new() { Timeout = 120_000 });
    var mapElement = page.Locator("[data-testid=city-map][data-marker-count]");
    await mapElement.WaitForAsync(new() { Timeout = 120_000 });
    var markers = int.Parse(await mapElement.GetAttributeAsync("data-marker-count") ?? "0", CultureInfo.InvariantCulture);
    var updatesBefore = await PageTiming.AttributeAsync(page, "[data-testid=city-map]", "data-updates");
    var frames = await page.EvaluateAsync<JsonElement>(FrameProbe.Script, options.FpsSeconds * 1000);
    var updateBatchesPerSecond = Math.Round((await PageTiming.AttributeAsync(page, "[data-testid=city-map]", "data-updates") - updatesBefore) / (double)options.FpsSeconds, 2);

    // The same window again with movers driving on the map, so there is something to redraw every second.
    var (cityLatitude, cityLongitude) = await page.EvaluateAsync<double[]>("() => { const c = document.querySelector('[data-testid=city-map]').polisCity.map.getCenter(); return [c.lat, c.lng]; }") is [var lat, var lon] ? (lat, lon) : (0.0, 0.0);
    JsonElement framesWithMovers;
    double moverBatchesPerSecond;
    await using (var movers = new MoverLoad(options))
    {
        await movers.StartAsync(options.Movers, cityLatitude, cityLongitude);
        await page.ReloadAsync(); // the movers are new devices: the page draws them from its first snapshot
        await page.Locator("[data-testid=map-status][data-live=true]").WaitForAsync(new() { Timeout = 120_000 });
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = await PageTiming.AttributeAsync(page, "[data-testid=city-map]", "data-updates");
        framesWithMovers = await page.EvaluateAsync<JsonElement>(FrameProbe.Script, options.FpsSeconds * 1000);
        moverBatchesPerSecond = Math.Round((await PageTiming.AttributeAsync(page, "[data-testid=city-map]", "data-updates") - before) / (double)options.FpsSeconds, 2);
    }

    var latencies = await new LatencyProbe(options, MapProbe.City).MeasureAsync(page, options.LatencySamples);

    return new
    {
        overviewInteractiveMs = PageTiming.Summary(overview),
        mapInteractiveMs = PageTiming.Summary(map),
        mapMarkers = markers,
        mapFrames = frames,
        mapUpdateBatchesPerSecond = updateBatchesPerSecond,
        movers = options.Movers,
        mapFramesWithMovers = framesWithMovers,
        mapUpdateBatchesPerSecondWithMovers = moverBatchesPerSecond,
        mapUpdateLatencyMs = PageTiming.Summary(latencies),
    };
}
