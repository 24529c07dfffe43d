using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Polis.DashboardBench;

// Measures the dashboard in a real headless Chromium against a running polis (bench/dashboard-perf.sh starts one
// with the simulated city): time until the overview and the map are interactive (fresh page each run, signed in),
// the map's frame rate, long tasks and live batches while the city reports, and the update latency from a probe's
// MQTT report to its marker moving on screen (LatencyProbe). Prints one JSON object.
var options = BenchOptions.Parse(args);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = options.Chromium, Headless = true, Args = ["--no-sandbox"] });
await using var context = await browser.NewContextAsync(new() { BaseURL = options.Url.ToString(), ViewportSize = new() { Width = 1600, Height = 1000 } });
await SignInAsync(context, options);

var overview = new List<double>();
var map = new List<double>();
for (var run = 0; run < options.Runs; run++)
{
    overview.Add(await TimeUntilAsync(context, "/", "[data-testid=updated-at][data-live=true]", "[data-testid=tile-electricity]"));
    map.Add(await TimeUntilAsync(context, "/map", "[data-testid=map-status][data-live=true]", "[data-testid=city-map][data-marker-count]"));
}

var page = await context.NewPageAsync();
await page.GotoAsync("/map");
await page.Locator("[data-testid=map-status][data-live=true]").WaitForAsync(new() { Timeout = 120_000 });
var mapElement = page.Locator("[data-testid=city-map][data-marker-count]");
await mapElement.WaitForAsync(new() { Timeout = 120_000 });
var markers = int.Parse(await mapElement.GetAttributeAsync("data-marker-count") ?? "0", CultureInfo.InvariantCulture);
var updatesBefore = await MapUpdatesAsync(page);
var frames = await page.EvaluateAsync<JsonElement>(FrameProbe.Script, options.FpsSeconds * 1000);
var updateBatchesPerSecond = Math.Round((await MapUpdatesAsync(page) - updatesBefore) / (double)options.FpsSeconds, 2);

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
    var before = await MapUpdatesAsync(page);
    framesWithMovers = await page.EvaluateAsync<JsonElement>(FrameProbe.Script, options.FpsSeconds * 1000);
    moverBatchesPerSecond = Math.Round((await MapUpdatesAsync(page) - before) / (double)options.FpsSeconds, 2);
}

var latencies = await new LatencyProbe(options).MeasureAsync(page, options.LatencySamples);

var result = new
{
    url = options.Url.ToString(),
    runs = options.Runs,
    overviewInteractiveMs = Summary(overview),
    mapInteractiveMs = Summary(map),
    mapMarkers = markers,
    mapFrames = frames,
    mapUpdateBatchesPerSecond = updateBatchesPerSecond,
    movers = options.Movers,
    mapFramesWithMovers = framesWithMovers,
    mapUpdateBatchesPerSecondWithMovers = moverBatchesPerSecond,
    mapUpdateLatencyMs = Summary(latencies),
};
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

// From the start of navigation until every selector is visible: the page is drawn and its circuit is live, so a
// click does something. Measured in the browser's own clock (performance.now() counts from navigation start).
static async Task<double> TimeUntilAsync(IBrowserContext context, string path, params string[] selectors)
{
    var page = await context.NewPageAsync();
    await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
    foreach (var selector in selectors)
    {
        await page.Locator(selector).First.WaitForAsync(new() { Timeout = 120_000 });
    }

    var elapsed = await page.EvaluateAsync<double>("() => performance.now()");
    await page.CloseAsync();
    return Math.Round(elapsed, 1);
}

static async Task<long> MapUpdatesAsync(IPage page) =>
    long.Parse(await page.Locator("[data-testid=city-map]").GetAttributeAsync("data-updates") ?? "0", CultureInfo.InvariantCulture);

static object Summary(List<double> values)
{
    var sorted = values.Order().ToList();
    return new { median = sorted[sorted.Count / 2], min = sorted[0], max = sorted[^1], all = values };
}
