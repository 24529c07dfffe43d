using System.Globalization;
using Microsoft.Playwright;

namespace Polis.DashboardBench;

/// <summary>Measurements every page of the bench takes the same way.</summary>
internal static class PageTiming
{
    /// <summary>
    /// From the start of navigation until every selector is visible: the page is drawn and its circuit is live, so a
    /// click does something. Measured in the browser's own clock (performance.now() counts from navigation start).
    /// </summary>
    public static async Task<double> TimeUntilAsync(IBrowserContext context, string path, params string[] selectors)
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

    /// <summary>A whole-number data attribute of the first element matching <paramref name="selector"/> (0 when absent).</summary>
    public static async Task<long> AttributeAsync(IPage page, string selector, string name) =>
        long.TryParse(await page.Locator(selector).First.GetAttributeAsync(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static object Summary(List<double> values)
    {
        var sorted = values.Order().ToList();
        return new { median = sorted[sorted.Count / 2], min = sorted[0], max = sorted[^1], all = values };
    }
}
