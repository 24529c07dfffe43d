using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Metering;

/// <summary>
/// The analysts' metering pages in a real Chromium against the real polis process with an empty metering registry:
/// each page renders, connects its circuit and shows its main part (or says there is nothing yet) without an
/// unhandled error and without a single console error. The pages' figures against the API, with seeded data, are
/// <see cref="MeteringPagesTests"/>'.
/// </summary>
public sealed class MeteringPagesSmokeTests : DashboardSession
{
    private const string Live = "metering-status";

    [ChromiumFact]
    public async Task MeteringPages_EmptyCity_EachRendersLiveWithoutAnError()
    {
        var page = await OpenSignedInAsync("/metering", PolisProcess.AdminEmail, PolisProcess.AdminPassword, Live);
        // A component that throws kills the circuit, and blazor.web.js says so on the console.
        var errors = new List<string>();
        // Strict: every console error counts, "Failed to load resource" too (with its URL: the browser's own favicon
        // request, which Playwright's response events never report, was one until App.razor declared an icon).
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Text} ({message.Location})"); };
        page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status} {response.Url}"); };
        await Assertions.Expect(page.GetByTestId("vee-stats")).ToBeVisibleAsync();
        await ExpectNoErrorAsync(page, errors, "metering-overview");

        foreach (var (path, part) in new[]
        {
            ("/metering/losses", "losses-feeder"),
            ("/metering/findings", "findings-list"),
            ("/metering/bills", "bills-period"),
            ("/metering/meters/no-such-meter", "meter-unknown"),
        })
        {
            await page.GotoAsync(path);
            await WaitUntilLiveAsync(page, Live);
            await Assertions.Expect(page.GetByTestId(part)).ToBeVisibleAsync();
            await ExpectNoErrorAsync(page, errors, "metering" + path.Replace('/', '-'));
        }
    }

    private static async Task ExpectNoErrorAsync(IPage page, List<string> errors, string screenshot)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, screenshot + ".png"), FullPage = true });
        Assert.True(errors.Count == 0, $"{screenshot}: {string.Join(" | ", errors)}");
    }
}
