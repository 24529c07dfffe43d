using System.Net;
using System.Net.Http.Json;
using MQTTnet;
using Microsoft.Playwright;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests;

/// <summary>
/// Registry management in a real headless Chromium against the real polis process: a device created through the
/// page connects over real MQTT with the token shown once; CSV import is all or none; a rule written in the JSON
/// editor is validated by the platform and raises an alarm on a real reading; a viewer gets read-only pages.
/// The API is the witness of what the pages did. Screenshots go to <c>artifacts/</c>.
/// </summary>
public sealed class RegistryTests : DashboardSession
{
    private const string ViewerEmail = "registry-viewer@e2e.local";
    private const string ViewerPassword = "E2e-viewer-password-3";
    private const string OperatorEmail = "registry-operator@e2e.local";
    private const string OperatorPassword = "E2e-operator-password-3";
    private const string LiveMarker = "registry-nav";

    [ChromiumFact]
    public async Task CreateDevice_BadIdThenGoodForm_FieldErrorCreatesNothingThenTokenShownOnceConnectsOverMqtt()
    {
        var page = await OpenSignedInAsync("/registry/devices/new", PolisProcess.AdminEmail, PolisProcess.AdminPassword);

        await page.FillAsync("#device-id", "bad id!");
        await page.SelectOptionAsync("#device-profile", "air-quality");
        await page.FillAsync("#device-name", "Air quality by the page");
        await page.GetByTestId("create-device").ClickAsync();
        await Assertions.Expect(page.GetByText("Ids are 1 to 128 letters")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("token-panel")).ToHaveCountAsync(0);
        Assert.Equal(0, (int)(await Api.GetJsonAsync("/api/v1/devices"))["total"]!);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-create-field-error.png"), FullPage = true });

        await page.FillAsync("#device-id", "reg-aq-1");
        await page.FillAsync("#device-district", "reg-centre");
        await page.FillAsync("#device-latitude", "48.2082");
        await page.FillAsync("#device-longitude", "16.3738");
        await page.FillAsync("#device-labels", "outdoor, pilot");
        await page.GetByTestId("create-device").ClickAsync();
        var panel = page.GetByTestId("token-panel");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-device-id", "reg-aq-1");
        await Assertions.Expect(panel.GetByTestId("token-warning")).ToContainTextAsync("will not be shown again");
        var token = await panel.GetByTestId("token-value").InputValueAsync();
        Assert.Equal(20, token.Length);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-create-token.png"), FullPage = true });

        var device = await Api.GetJsonAsync("/api/v1/devices/reg-aq-1");
        Assert.Equal("air-quality", (string?)device["profileId"]);
        Assert.Equal("reg-centre", (string?)device["district"]);
        Assert.Equal(16.3738, (double)device["location"]!["coordinates"]![0]!);
        Assert.Equal(["outdoor", "pilot"], device["labels"]!.AsArray().Select(l => (string?)l));

        // Nowhere in the browser to find it again: not in storage, and gone once the page is left.
        var storage = await page.EvaluateAsync<string>("() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)");
        Assert.DoesNotContain(token, storage, StringComparison.Ordinal);
        await page.GetByTestId("registry-home").ClickAsync();
        await ExpectPathAsync(page, "/registry");
        await page.GetByTestId("registry-create").ClickAsync();
        await WaitUntilLiveAsync(page, LiveMarker);
        await Assertions.Expect(page.GetByTestId("token-panel")).ToHaveCountAsync(0);
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);

        using var mqtt = await Devices.ConnectAsync(Polis, token);
        await PublishAsync(mqtt, """{"pm25": 12.5}""");
        await Eventually.ReturnsAsync(
            async () => (await Api.GetJsonAsync("/api/v1/devices/reg-aq-1"))["twin"]!["latest"]!["pm25"]?["value"]?.GetValue<double>(),
            value => value == 12.5,
            "the API shows the reading sent with the token from the page");
    }

    [ChromiumFact]
    public async Task ManageDevice_RotateThenDelete_OldTokenRefusedNewWorksThenDeviceGone()
    {
        var oldToken = await Api.CreateDeviceAsync("reg-manage-1", "generic");
        var page = await OpenSignedInAsync("/registry", PolisProcess.AdminEmail, PolisProcess.AdminPassword);

        await page.FillAsync("#manage-device-id", "reg-manage-1");
        await page.GetByTestId("rotate-token").ClickAsync();
        var panel = page.GetByTestId("token-panel");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-device-id", "reg-manage-1");
        var newToken = await panel.GetByTestId("token-value").InputValueAsync();
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, await Devices.TryConnectAsync(Devices.Options(Polis, oldToken)));
        using (await Devices.ConnectAsync(Polis, newToken))
        {
        }

        await page.GetByTestId("delete-device").ClickAsync();
        await Assertions.Expect(page.GetByTestId("delete-confirmation")).ToContainTextAsync("reg-manage-1");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-manage-delete.png"), FullPage = true });
        await page.GetByTestId("confirm-delete").ClickAsync();
        await Assertions.Expect(page.GetByTestId("manage-message")).ToContainTextAsync("deleted");
        await Assertions.Expect(page.GetByTestId("token-panel")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(new Uri("/api/v1/devices/reg-manage-1", UriKind.Relative))).StatusCode);
    }

    [ChromiumFact]
    public async Task CsvImport_OneBadRowThenGoodFile_NothingCreatedThenAllCreatedWithOneTokenDownload()
    {
        var page = await OpenSignedInAsync("/registry/import", PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await Assertions.Expect(page.GetByTestId("csv-example")).ToContainTextAsync("id,profile,name");

        var bad = WriteCsv("bad.csv", """
            id,profile,name,district,latitude,longitude,labels
            reg-imp-1,air-quality,Import one,imp-north,48.21,16.37,outdoor
            reg-imp-2,no-such-profile,Import two,imp-north,,,
            reg-imp-3,generic,Import three,imp-south,,,
            """);
        await page.SetInputFilesAsync("[data-testid=csv-file]", bad);
        await page.GetByTestId("import-devices").ClickAsync();
        var error = page.GetByTestId("import-error");
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error).ToContainTextAsync("row 3.profileId");
        await Assertions.Expect(error).ToContainTextAsync("no-such-profile");
        Assert.Equal(0, (int)(await Api.GetJsonAsync("/api/v1/devices"))["total"]!);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-import-row-error.png"), FullPage = true });

        var good = WriteCsv("good.csv", """
            id,profile,name,district,latitude,longitude,labels,attr.serial
            reg-imp-1,air-quality,Import one,imp-north,48.21,16.37,outdoor;pilot,SN-1
            reg-imp-2,generic,Import two,imp-north,,,,
            reg-imp-3,generic,Import three,imp-south,,,,SN-3
            """);
        await page.SetInputFilesAsync("[data-testid=csv-file]", good);
        await page.GetByTestId("import-devices").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-done")).ToHaveAttributeAsync("data-count", "3");
        await Assertions.Expect(page.GetByTestId("import-error")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-import-done.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-tokens").ClickAsync());
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync())).Where(l => l.Length > 0).ToList();
        Assert.Equal("id,token", lines[0]);
        var tokens = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[1]);
        Assert.Equal(["reg-imp-1", "reg-imp-2", "reg-imp-3"], tokens.Keys.Order());
        await Assertions.Expect(page.GetByTestId("download-tokens")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("tokens-gone")).ToBeVisibleAsync();

        var listed = await Api.GetJsonAsync("/api/v1/devices?district=imp-north");
        Assert.Equal(2, (int)listed["total"]!);
        Assert.Equal(3, (int)(await Api.GetJsonAsync("/api/v1/devices"))["total"]!);
        Assert.Equal("SN-1", (string?)(await Api.GetJsonAsync("/api/v1/devices/reg-imp-1"))["attributes"]!["serial"]);
        using (await Devices.ConnectAsync(Polis, tokens["reg-imp-3"]))
        {
        }
    }

    [ChromiumFact]
    public async Task RuleEditor_InvalidThenCheckedThenSaved_PathKeyedErrorThenRuleRaisesAlarmOnMqttReading()
    {
        var token = await Api.CreateDeviceAsync("reg-rule-aq", "air-quality", district: "reg-east");
        var page = await OpenSignedInAsync("/registry/rules", PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await Assertions.Expect(page.GetByTestId("rules-empty")).ToBeVisibleAsync();

        await page.GetByTestId("template-threshold").ClickAsync();
        var editor = page.GetByTestId("rule-json");
        await Assertions.Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"type\": \"threshold\""));
        await editor.FillAsync(RuleJson("pm2.5"));
        await page.GetByTestId("save-rule").ClickAsync();
        var keyError = page.Locator("[data-testid=json-error][data-path='condition.key']");
        await Assertions.Expect(keyError).ToContainTextAsync("declares no key 'pm2.5'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-rule-error.png"), FullPage = true });
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(new Uri("/api/v1/rules/reg-pm25", UriKind.Relative))).StatusCode);

        await editor.FillAsync(RuleJson("pm25"));
        await page.GetByTestId("check-rule").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-valid")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("json-error")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(new Uri("/api/v1/rules/reg-pm25", UriKind.Relative))).StatusCode);
        await page.GetByTestId("save-rule").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-editor")).ToHaveAttributeAsync("data-rule-id", "reg-pm25");
        await Assertions.Expect(page.GetByTestId("json-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("rule-row").Filter(new() { HasText = "reg-pm25" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-rule-saved.png"), FullPage = true });
        var stored = await Api.GetJsonAsync("/api/v1/rules/reg-pm25");
        Assert.Equal("reg-rule-aq", (string?)stored["target"]!["deviceId"]);

        using var device = await Devices.ConnectAsync(Polis, token);
        await PublishAsync(device, """{"pm25": 50}""");
        var alarms = await Eventually.ReturnsAsync(
            async () => (await Api.GetJsonAsync("/api/v1/alarms?deviceId=reg-rule-aq"))["items"]!.AsArray(),
            items => items.Count == 1,
            "the rule saved through the page raises an alarm");
        Assert.Equal("reg-pm25", (string?)alarms[0]!["ruleId"]);
        Assert.Equal("critical", (string?)alarms[0]!["severity"]);
    }

    [ChromiumFact]
    public async Task ProfileEditor_InvalidThenValidThenDelete_ValidatorErrorThenCreatedThenGone()
    {
        var page = await OpenSignedInAsync("/registry/profiles", PolisProcess.AdminEmail, PolisProcess.AdminPassword);
        await page.Locator("[data-testid=profile-row][data-profile-id=bus]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("profile-editor")).ToHaveAttributeAsync("data-profile-id", "bus");
        await Assertions.Expect(page.GetByTestId("save-profile")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("delete-profile")).ToHaveCountAsync(0);

        await page.GetByTestId("new-profile").ClickAsync();
        var editor = page.GetByTestId("profile-json");
        // The template arrives with the server's render: text typed before it would be overwritten by it.
        await Assertions.Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("noise-sensor"));
        await editor.FillAsync(ProfileJson(min: 140, max: 20));
        await page.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=json-error][data-path=telemetry]")).ToContainTextAsync("min must not exceed max");
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(new Uri("/api/v1/device-profiles/reg-noise", UriKind.Relative))).StatusCode);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-profile-error.png"), FullPage = true });

        await editor.FillAsync(ProfileJson(min: 20, max: 140));
        await page.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(page.GetByTestId("profile-editor")).ToHaveAttributeAsync("data-profile-id", "reg-noise");
        await Assertions.Expect(page.Locator("[data-testid=profile-row][data-profile-id=reg-noise]")).ToBeVisibleAsync();
        var stored = await Api.GetJsonAsync("/api/v1/device-profiles/reg-noise");
        Assert.Equal(140, (double)stored["telemetry"]![0]!["max"]!);

        await page.GetByTestId("delete-profile").ClickAsync();
        await page.GetByTestId("confirm-delete").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=profile-row][data-profile-id=reg-noise]")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(new Uri("/api/v1/device-profiles/reg-noise", UriKind.Relative))).StatusCode);
    }

    [ChromiumFact]
    public async Task CreateDevice_OperatorDemotedWhilePageOpen_ServerRefusesAndCreatesNothing()
    {
        var created = await Api.Http.PostAsJsonAsync("/api/v1/users", new { email = OperatorEmail, password = OperatorPassword, role = "operator" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (string?)(await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"];
        var page = await OpenSignedInAsync("/registry/devices/new", OperatorEmail, OperatorPassword);
        await Assertions.Expect(page.GetByTestId("create-device")).ToBeVisibleAsync();

        // The circuit outlives the role: the page still shows the button, the server must still refuse.
        var demoted = await Api.Http.PutAsJsonAsync($"/api/v1/users/{userId}/role", new { role = "viewer" });
        Assert.True(demoted.IsSuccessStatusCode, await demoted.Content.ReadAsStringAsync());
        await page.SelectOptionAsync("#device-profile", "generic");
        await page.FillAsync("#device-id", "reg-refused-1");
        await page.FillAsync("#device-name", "Should not exist");
        await page.GetByTestId("create-device").ClickAsync();

        await Assertions.Expect(page.GetByTestId("form-problem")).ToContainTextAsync("does not allow");
        await Assertions.Expect(page.GetByTestId("token-panel")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(new Uri("/api/v1/devices/reg-refused-1", UriKind.Relative))).StatusCode);
    }

    [ChromiumFact]
    public async Task Viewer_OpensEveryRegistryPage_SeesNoWriteControls()
    {
        var created = await Api.Http.PostAsJsonAsync("/api/v1/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await CreateThresholdRuleAsync("reg-viewer-rule", "reg-viewer-dev", "minor", createDevice: true);

        var page = await OpenSignedInAsync("/registry", ViewerEmail, ViewerPassword);
        await Assertions.Expect(page.GetByTestId("read-only-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("manage-device")).ToHaveCountAsync(0);

        await GoAsync(page, "/registry/devices/new");
        await Assertions.Expect(page.GetByTestId("read-only-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("create-device")).ToHaveCountAsync(0);

        await GoAsync(page, "/registry/import");
        await Assertions.Expect(page.GetByTestId("csv-example")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("import-devices")).ToHaveCountAsync(0);

        await GoAsync(page, "/registry/profiles");
        await Assertions.Expect(page.GetByTestId("new-profile")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=profile-row][data-profile-id=air-quality]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("profile-json")).ToHaveAttributeAsync("readonly", "");
        await Assertions.Expect(page.GetByTestId("profile-json")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("pm25"));
        await Assertions.Expect(page.GetByTestId("save-profile")).ToHaveCountAsync(0);

        await GoAsync(page, "/registry/rules");
        await page.GetByTestId("rule-row").Filter(new() { HasText = "reg-viewer-rule" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-json")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("reg-viewer-dev"));
        await Assertions.Expect(page.GetByTestId("save-rule")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("delete-rule")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("template-threshold")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "registry-viewer-rules.png"), FullPage = true });
    }

    private static string RuleJson(string key) => $$"""
        { "id": "reg-pm25", "name": "PM2.5 above 35 at reg-rule-aq", "target": { "deviceId": "reg-rule-aq" }, "severity": "critical",
          "condition": { "type": "threshold", "key": "{{key}}", "operator": ">", "value": 35 } }
        """;

    private static string ProfileJson(double min, double max) => $$"""
        { "id": "reg-noise", "name": "Noise sensor", "reportingIntervalSeconds": 60,
          "telemetry": [ { "key": "laeq", "unit": "dBA", "min": {{min}}, "max": {{max}} } ] }
        """;

    private async Task CreateThresholdRuleAsync(string ruleId, string deviceId, string severity, bool createDevice)
    {
        if (createDevice)
        {
            await Api.CreateDeviceAsync(deviceId, "air-quality");
        }

        await CreateThresholdRuleAsync(ruleId, deviceId, severity);
    }

    private Task<IPage> OpenSignedInAsync(string path, string email, string password) => OpenSignedInAsync(path, email, password, LiveMarker);

    private static async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitUntilLiveAsync(page, LiveMarker);
    }

    private static string WriteCsv(string name, string content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "polis-registry-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
