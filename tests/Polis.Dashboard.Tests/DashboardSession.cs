using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests;

/// <summary>
/// What every dashboard test class needs: its own real polis process, an API client signed in as admin, the
/// system Chromium, and the steps the tests share (sign in through the page, a threshold rule, an MQTT reading).
/// </summary>
public abstract class DashboardSession : IAsyncLifetime
{
    protected static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    protected PolisProcess Polis { get; private set; } = null!;

    protected PolisApi Api { get; private set; } = null!;

    protected IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    /// <summary>Extra command-line arguments of the polis process (the simulator is off unless a test turns it on).</summary>
    protected virtual string[] PolisArguments => [];

    public async Task InitializeAsync()
    {
        var chromium = SystemChromium.Find() ?? throw new InvalidOperationException(SystemChromium.MissingMessage);
        Directory.CreateDirectory(Artifacts);
        Polis = await PolisProcess.StartAsync(PolisArguments);
        Api = await PolisApi.SignInAsync(Polis);
        _playwright = await Playwright.CreateAsync();
        // Test projects run side by side on 2 cores in CI: a page can take longer than Playwright's 5 s default to
        // render; wait as long as the end-to-end tests' Eventually does (30 s).
        Assertions.SetDefaultExpectTimeout(30_000);
        // --no-sandbox: CI runs as root, where Chromium refuses its sandbox.
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        if (Polis is not null)
        {
            // The server's log beside the screenshots: a page that never goes live says why only there.
            await File.WriteAllTextAsync(Path.Combine(Artifacts, $"polis-{GetType().Name}-{Guid.NewGuid():N}.log"), Polis.Output);
            await Polis.DisposeAsync();
        }
    }

    protected static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/login")); // polled, as in ExpectPathAsync

        // Landing on the overview: wait for its circuit before the test clicks on. Navigating away while the first
        // circuit is still opening can leave the next page without interactivity (dotnet/aspnetcore#59657);
        // an operator's first click comes later than a test's.
        if (new Uri(page.Url).AbsolutePath == "/")
        {
            await WaitUntilLiveAsync(page, "updated-at");
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/> signed in: the login page returns to the overview, so the path is opened again,
    /// and the test goes on once that page's circuit is live.
    /// </summary>
    protected async Task<IPage> OpenSignedInAsync(string path, string email, string password, string liveTestId)
    {
        var page = await Browser.NewPageAsync(new() { BaseURL = Polis.BaseAddress.ToString() });
        await page.GotoAsync(path);
        await SignInAsync(page, email, password);
        await page.GotoAsync(path);
        await WaitUntilLiveAsync(page, liveTestId);
        return page;
    }

    /// <summary>
    /// Waits until the page's URL ends with <paramref name="path"/>. Not WaitForURLAsync: it reads the URL and only then
    /// starts listening for navigations, so a navigation that lands in between (a click's client-side navigation, under
    /// load) is never seen and it times out on a page that has long arrived (microsoft/playwright-dotnet#3364). This
    /// assertion polls the URL instead.
    /// </summary>
    protected static Task ExpectPathAsync(IPage page, string path) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));

    /// <summary>
    /// Pages are prerendered; they react to clicks and pushes only once their circuit is connected, which each page
    /// says with <c>data-live="true"</c> on the element <paramref name="testId"/>.
    /// </summary>
    protected static Task WaitUntilLiveAsync(IPage page, string testId) =>
        Assertions.Expect(page.GetByTestId(testId)).ToHaveAttributeAsync("data-live", "true");

    protected async Task CreateThresholdRuleAsync(string ruleId, string deviceId, string severity)
    {
        var json = $$"""
            { "id": "{{ruleId}}", "name": "PM2.5 above 35 at {{deviceId}}", "target": { "deviceId": "{{deviceId}}" }, "severity": "{{severity}}",
              "condition": { "type": "threshold", "key": "pm25", "operator": ">", "value": 35 } }
            """;
        var response = await Api.Http.PostAsync(new Uri("/api/v1/rules", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    protected static async Task PublishAsync(IMqttClient device, string json)
    {
        var result = await device.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry").WithPayload(json).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.True(result.IsSuccess, result.ReasonString);
    }
}
