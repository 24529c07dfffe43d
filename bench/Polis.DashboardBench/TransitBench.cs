using System.Text.Json;
using Microsoft.Playwright;

namespace Polis.DashboardBench;

/// <summary>
/// The transit map (issue 5) over the simulated city's feed and buses: time to interactive (routes, stops and every
/// tracked vehicle drawn, circuit live), frame rate and live batches while the buses report, and the update latency
/// from a probe bus's MQTT report to its marker moving (through the transit tracker).
/// </summary>
internal sealed class TransitBench(BenchOptions options)
{
    private const string Live = "[data-testid=transit-status][data-live=true]";
    private const string Map = "[data-testid=transit-map]";

    public async Task<object> MeasureAsync(IBrowserContext context)
    {
        var interactive = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            interactive.Add(await PageTiming.TimeUntilAsync(context, "/transit", Live, $"{Map}[data-vehicle-count]"));
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync("/transit");
        await page.Locator(Live).WaitForAsync(new() { Timeout = 120_000 });
        await page.Locator($"{Map}[data-vehicle-count]").WaitForAsync(new() { Timeout = 120_000 });
        var vehicles = await PageTiming.AttributeAsync(page, Map, "data-vehicle-count");
        var matched = await page.EvalOnSelectorAsync<int>(Map,
            "el => [...el.polisTransitMap.vehicles.keys()].filter(id => !['no trip', 'no recent report'].includes(el.polisTransit.bandOf(id))).length");
        var updatesBefore = await PageTiming.AttributeAsync(page, Map, "data-updates");
        var frames = await page.EvaluateAsync<JsonElement>(FrameProbe.Script, options.FpsSeconds * 1000);
        var batches = Math.Round((await PageTiming.AttributeAsync(page, Map, "data-updates") - updatesBefore) / (double)options.FpsSeconds, 2);
        var latencies = await new LatencyProbe(options, MapProbe.Transit).MeasureAsync(page, options.LatencySamples);
        return new
        {
            transitInteractiveMs = PageTiming.Summary(interactive),
            routes = await PageTiming.AttributeAsync(page, Map, "data-route-count"),
            shapes = await PageTiming.AttributeAsync(page, Map, "data-shape-count"),
            stops = await PageTiming.AttributeAsync(page, Map, "data-stop-count"),
            vehicles,
            matchedVehicles = matched,
            transitFrames = frames,
            transitUpdateBatchesPerSecond = batches,
            transitUpdateLatencyMs = PageTiming.Summary(latencies),
        };
    }
}
