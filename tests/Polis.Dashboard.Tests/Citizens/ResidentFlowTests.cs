using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>
/// The residents' report and request pages in Chromium on a phone against the real polis process: a resident files a
/// report by tapping the map with a photo, sees it in My reports, is notified when staff fix it and confirms; reopens a
/// second one with a note; backs a neighbour's nearby report with "me too"; and follows an e-service request.
/// </summary>
public sealed partial class ResidentFlowTests : DashboardSession
{
    [ChromiumFact]
    public async Task Resident_FilesWithPinAndPhoto_ConfirmsFix_Reopens_SaysMeToo_TracksRequest()
    {
        var city = new ResidentFlowCity(Api);
        await city.DefinePotholeAsync();
        var (email, rita) = await new PollResidents(Polis, Api).CreateAsync("rita", district: null);
        using var ritaApi = rita;
        await using var phone = await Browser.NewContextAsync(new() { BaseURL = Polis.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await phone.NewPageAsync();
        await page.GotoAsync("/me/reports/new");
        await SignInAsync(page, email, PollResidents.Password);
        await page.GotoAsync("/me/reports/new");
        await WaitUntilLiveAsync(page, "new-report-status");

        // Sent without a service: the intake's refusal in words, nothing stored.
        await page.GetByTestId("submit-report").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-problem")).ToContainTextAsync("service_code was not provided. Nothing was stored.");

        await page.GetByTestId("service-input").SelectOptionAsync(ResidentFlowCity.Pothole);
        await page.GetByTestId("attribute-input-size").SelectOptionAsync("large");
        await page.GetByTestId("attribute-input-depth_cm").FillAsync("12");
        await page.GetByTestId("description-input").FillAsync("Deep hole by the bakery");
        await Assertions.Expect(page.GetByTestId("report-map")).ToHaveAttributeAsync("data-ready", "true");
        await page.GetByTestId("report-map").ClickAsync(new() { Position = new() { X = 250, Y = 100 } });
        await Assertions.Expect(page.GetByTestId("pin-position")).ToHaveAttributeAsync("data-pinned", "true");
        var pin = await page.GetByTestId("report-map").GetAttributeAsync("data-pin");
        var photo = MyReportPhoto.WithLocation(await page.ScreenshotAsync(new() { Clip = new() { X = 0, Y = 0, Width = 24, Height = 24 } }));
        await page.GetByTestId("photo-input").SetInputFilesAsync(new FilePayload { Name = "hole.png", MimeType = "image/png", Buffer = photo });
        await Assertions.Expect(page.GetByTestId("photo-chosen")).ToContainTextAsync("hole.png");
        await page.GetByTestId("submit-report").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ReportPath());
        var firstId = long.Parse(ReportPath().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await WaitUntilLiveAsync(page, "my-report-status");
        await Assertions.Expect(page.GetByTestId("report-state")).ToHaveAttributeAsync("data-status", "submitted");
        await Assertions.Expect(page.GetByTestId("report-photo")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "resident-report-filed.png"), FullPage = true });

        // Stored as the resident's, where the pin was, with the answers; the photo served without its location text.
        var filed = (await rita.GetJsonAsync($"/api/v1/me/reports/{firstId}"))["report"]!;
        Assert.Equal(pin, $"{filed["latitude"]!.GetValue<double>():F6},{filed["longitude"]!.GetValue<double>():F6}");
        Assert.Equal(["12"], filed["attributes"]!["depth_cm"]!.AsArray().Select(v => (string?)v));
        using var anonymous = new HttpClient();
        var stored = await anonymous.GetByteArrayAsync(new Uri((string)filed["mediaUrl"]!));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, stored[..4]);
        Assert.DoesNotContain(MyReportPhoto.Location, Encoding.Latin1.GetString(stored), StringComparison.Ordinal);

        await page.GetByTestId("nav-me-reports").ClickAsync();
        await WaitUntilLiveAsync(page, "my-reports-status");
        await Assertions.Expect(page.GetByTestId($"my-report-{firstId}")).ToHaveAttributeAsync("data-status", "submitted");

        // Staff fix it with a public note: the list says there is news, the report shows it and marks it read.
        await city.MoveReportAsync(firstId, "fixed", "Filled with asphalt.");
        await page.ReloadAsync();
        await WaitUntilLiveAsync(page, "my-reports-status");
        await Assertions.Expect(page.GetByTestId($"my-report-{firstId}")).ToHaveAttributeAsync("data-unread", "1");
        await page.GetByTestId($"open-report-{firstId}").ClickAsync();
        await WaitUntilLiveAsync(page, "my-report-status");
        await Assertions.Expect(page.GetByTestId("report-notifications")).ToContainTextAsync("Filled with asphalt.");
        await Assertions.Expect(page.Locator("[data-testid^=notification-][data-unread=true]")).ToHaveCountAsync(1);
        Assert.Empty((await rita.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/notifications?unread=true"))!);
        await page.GetByTestId("confirm-fixed").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-message")).ToHaveAttributeAsync("data-ok", "true");
        await Assertions.Expect(page.GetByTestId("report-state")).ToHaveAttributeAsync("data-status", "closed");

        // A second report, fixed too soon: reopening needs a note, then it is open again.
        var secondId = await ResidentFlowCity.FileAsync(rita, 55.70, 12.50, "Loose cobbles");
        await city.MoveReportAsync(secondId, "fixed", "Relaid.");
        await page.GotoAsync($"/me/reports/{secondId}");
        await WaitUntilLiveAsync(page, "my-report-status");
        await page.GetByTestId("reopen").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-message")).ToHaveAttributeAsync("data-ok", "false");
        await Assertions.Expect(page.GetByTestId("action-message")).ToContainTextAsync("note");
        await page.GetByTestId("action-note").FillAsync("They came loose again after the rain.");
        await page.GetByTestId("reopen").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-state")).ToHaveAttributeAsync("data-status", "confirmed");
        Assert.Equal(1, (await rita.GetJsonAsync($"/api/v1/me/reports/{secondId}"))["report"]!["reopenings"]!.GetValue<int>());

        // A neighbour's open report near typed-in coordinates: shown before sending, and backed with "me too".
        var (_, omar) = await new PollResidents(Polis, Api).CreateAsync("omar", district: null);
        using var omarApi = omar;
        var omarsId = await ResidentFlowCity.FileAsync(omar, 55.675, 12.56, "Hole at the corner");
        await page.GetByTestId("nav-me-report").ClickAsync();
        await WaitUntilLiveAsync(page, "new-report-status");
        await page.GetByTestId("service-input").SelectOptionAsync(ResidentFlowCity.Pothole);
        await page.GetByTestId("latitude-input").FillAsync("55.67505");
        await page.GetByTestId("longitude-input").FillAsync("12.56005");
        await page.GetByTestId("use-coordinates").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-map")).ToHaveAttributeAsync("data-pin", "55.675050,12.560050");
        await Assertions.Expect(page.GetByTestId($"nearby-{omarsId}")).ToContainTextAsync("Hole at the corner");
        await page.GetByTestId($"me-too-{omarsId}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("me-too-said")).ToHaveAttributeAsync("data-outcome", "Counted");
        var support = await rita.GetJsonAsync($"/api/v1/citizens/reports/{omarsId}/support");
        await Assertions.Expect(page.GetByTestId("me-too-said")).ToHaveAttributeAsync("data-count", support["count"]!.ToJsonString());
        Assert.True(support["count"]!.GetValue<int>() >= 1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "resident-me-too.png"), FullPage = true });

        // An e-service request made through the API, tracked on My requests with its status and public comment.
        var permit = await city.DefinePermitAsync();
        var requestId = (await ResidentFlowCity.ApplyAsync(rita, permit, "Vestergade 3"))["id"]!.GetValue<long>();
        await city.ReviewAsync(requestId, "Please expect a site visit next week.");
        await page.GetByTestId("nav-me-requests").ClickAsync();
        await WaitUntilLiveAsync(page, "my-requests-status");
        await Assertions.Expect(page.GetByTestId($"my-request-{requestId}")).ToHaveAttributeAsync("data-status", "in_review");
        await page.GetByTestId($"open-request-{requestId}").ClickAsync();
        await WaitUntilLiveAsync(page, "my-request-status");
        await Assertions.Expect(page.GetByTestId("request-state")).ToHaveAttributeAsync("data-status", "in_review");
        await Assertions.Expect(page.GetByTestId("request-history")).ToContainTextAsync("Please expect a site visit next week.");
        await Assertions.Expect(page.GetByTestId("request-answers")).ToContainTextAsync("Vestergade 3");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "resident-request.png"), FullPage = true });
    }

    [GeneratedRegex(@"/me/reports/(\d+)$")]
    private static partial Regex ReportPath();
}
