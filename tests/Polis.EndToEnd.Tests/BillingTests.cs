using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;
using Polis.Metering.Readings;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Metering;
using UglyToad.PdfPig;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Tariffs, assignments, billing runs and bills through the real process in Copenhagen time, with validated values
/// seeded straight into its polis.db by the interval store (the ingest → VEE path joins when the pipeline lands);
/// and <c>polis billing run</c> as an operator runs it beside the server. November 2026 in Copenhagen is 720 hours
/// from 2026-10-31T23:00Z; at 1 kWh an hour on the flat tariff (2.00 a kWh, 1.00 a day, 25 % VAT) a bill is 1,837.50.
/// </summary>
public sealed class BillingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset November = new(2026, 10, 31, 23, 0, 0, TimeSpan.Zero);
    private PolisProcess _polis = null!;
    private PolisApi _api = null!;

    public async Task InitializeAsync()
    {
        _polis = await PolisProcess.StartAsync("--Polis:City:TimeZone", "Europe/Copenhagen");
        _api = await PolisApi.SignInAsync(_polis);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _polis.DisposeAsync();
    }

    [Fact]
    public async Task TariffsAssignmentsRunAndBills_ThroughTheApi_ValidatedBilledUnvalidatedRefusedWithItsReason()
    {
        var gap = await SendTariffAsync(HttpMethod.Post, "/api/v1/metering/tariffs", Tariff("e2e-flat", ("2026-01-01", "2026-06-01", 2.00m), ("2026-07-01", null, 2.20m)));
        Assert.Equal(HttpStatusCode.BadRequest, gap.StatusCode);
        Assert.StartsWith("Gap: no version is in force from 2026-06-01 to 2026-07-01", (string?)(await PolisApi.ReadProblemAsync(gap))["errors"]!["versions[1].from"]![0], StringComparison.Ordinal);
        var malformed = await SendTariffAsync(HttpMethod.Post, "/api/v1/metering/tariffs", "{\"id\": ");
        Assert.Equal("Malformed body", (string?)(await PolisApi.ReadProblemAsync(malformed))["title"]);
        var created = await SendTariffAsync(HttpMethod.Post, "/api/v1/metering/tariffs", Tariff("e2e-flat", ("2026-01-01", null, 2.00m)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/metering/tariffs/e2e-flat", created.Headers.Location!.OriginalString);
        Assert.Equal("flat", (string?)(await _api.GetJsonAsync("/api/v1/metering/tariffs/e2e-flat"))["versions"]![0]!["charges"]![0]!["type"]);

        await CustomerAsync("e2e-bill-1");
        await CustomerAsync("e2e-bill-2");
        await ValidatedAsync("e2e-bill-m1");
        var water = await _api.Http.PutAsJsonAsync("/api/v1/metering/service-points/e2e-bill-sp1/tariffs/water", new { tariffId = "e2e-flat", from = "2026-01-01" });
        Assert.Equal("Tariff 'e2e-flat' bills Electricity meters, not Water.", (string?)(await PolisApi.ReadProblemAsync(water))["errors"]!["tariffId"]![0]);
        var assignments = await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/metering/service-points/e2e-bill-sp1/tariffs");
        Assert.Equal("2026-01-01", (string?)Assert.Single(assignments!)!["from"]);

        var badPeriod = await _api.Http.PostAsJsonAsync("/api/v1/metering/billing-runs", new { period = "2026-13" });
        Assert.Contains("not '2026-13'", (string?)(await PolisApi.ReadProblemAsync(badPeriod))["errors"]!["period"]![0], StringComparison.Ordinal);
        var unknown = await _api.Http.PostAsJsonAsync("/api/v1/metering/billing-runs", new { period = "2026-11", accountIds = new[] { "e2e-nobody" } });
        Assert.Equal("There is no account 'e2e-nobody'.", (string?)(await PolisApi.ReadProblemAsync(unknown))["errors"]!["accountIds"]![0]);

        var run = await _api.Http.PostAsJsonAsync("/api/v1/metering/billing-runs", new { period = "2026-11", accountIds = new[] { "e2e-bill-1", "e2e-bill-2" } });
        var summary = (await run.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((1, 1, 720), ((int)summary["billed"]!, (int)summary["refused"]!, (int)summary["readings"]!));
        var refusal = summary["refusals"]![0]!;
        Assert.Equal("unbillable-data", (string?)refusal["reason"]);
        Assert.Equal("Account e2e-bill-2, meter e2e-bill-m2 not billed for 2026-11-01–2026-12-01: only validated data is billed, and no interval covers 2026-10-31T23:00Z–2026-11-30T23:00Z.",
            (string?)refusal["message"]);
        Assert.Equal(1837.50m, (decimal)summary["totals"]![0]!["billed"]!);
        var runs = await _api.GetJsonAsync("/api/v1/metering/billing-runs");
        Assert.Equal((long)summary["runId"]!, (long)runs["items"]![0]!["id"]!);

        var bills = await _api.GetJsonAsync("/api/v1/metering/bills?period=2026-11&accountId=e2e-bill-1");
        var listed = Assert.Single(bills["items"]!.AsArray())!;
        Assert.Equal((1837.50m, 0), ((decimal)listed["issuedTotal"]!, (int)listed["adjustments"]!));
        var bill = await _api.GetJsonAsync($"/api/v1/metering/bills/{listed["id"]}");
        Assert.Equal(["Energy", "Subscription", "VAT 25 %"], bill["bill"]!["lines"]!.AsArray().Select(l => (string?)l!["description"]));
        var pdf = await _api.Http.GetAsync(new Uri($"/api/v1/metering/bills/{listed["id"]}/pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join("\n", document.GetPages().Select(p => p.Text));
            Assert.Contains("1,837.50", text, StringComparison.Ordinal);
            Assert.Contains("e2e-bill-m1", text, StringComparison.Ordinal);
        }

        var repriced = await SendTariffAsync(HttpMethod.Put, "/api/v1/metering/tariffs/e2e-flat", Tariff("e2e-flat", ("2026-01-01", null, 2.50m)));
        Assert.Equal(HttpStatusCode.Conflict, repriced.StatusCode);
        Assert.Contains("cannot change retroactively", (string?)(await PolisApi.ReadProblemAsync(repriced))["detail"], StringComparison.Ordinal);
        var extended = await SendTariffAsync(HttpMethod.Put, "/api/v1/metering/tariffs/e2e-flat", Tariff("e2e-flat", ("2026-01-01", "2027-01-01", 2.00m), ("2027-01-01", null, 2.30m)));
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(["created", "updated"], (await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/metering/tariffs/e2e-flat/history"))!.Select(h => (string?)h!["change"]));
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Http.DeleteAsync(new Uri("/api/v1/metering/tariffs/e2e-flat", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task BillingRunCommand_OnTheServersDataDirectory_PrintsItsSummaryAndExitCodes()
    {
        var created = await SendTariffAsync(HttpMethod.Post, "/api/v1/metering/tariffs", Tariff("e2e-flat", ("2026-01-01", null, 2.00m)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await CustomerAsync("e2e-cli-1");
        await CustomerAsync("e2e-cli-2");
        await ValidatedAsync("e2e-cli-m1");

        var (billed, output) = await PolisCli.RunAsync("billing", "run", "--period", "2026-11", "--accounts", "e2e-cli-1", "--data-dir", _polis.DataDirectory, "--Polis:City:TimeZone", "Europe/Copenhagen");
        var (refused, refusedOutput) = await PolisCli.RunAsync("billing", "run", "--period", "2026-11", "--data-dir", _polis.DataDirectory, "--Polis:City:TimeZone", "Europe/Copenhagen");
        var (usage, usageOutput) = await PolisCli.RunAsync("billing", "run", "--period", "2026-13", "--data-dir", _polis.DataDirectory);

        Assert.True(billed == 0, output);
        Assert.Contains("billed", output, StringComparison.Ordinal);
        Assert.Contains("1,837.50", output, StringComparison.Ordinal);
        Assert.Contains("720", output, StringComparison.Ordinal);
        Assert.True(refused == 1, refusedOutput);
        Assert.Contains("UnbillableData", refusedOutput, StringComparison.Ordinal);
        Assert.Contains("unchanged", refusedOutput, StringComparison.Ordinal);
        Assert.Equal(2, usage);
        Assert.Contains("not '2026-13'", usageOutput, StringComparison.Ordinal);
        var bills = await _api.GetJsonAsync("/api/v1/metering/bills?period=2026-11");
        Assert.Equal("e2e-cli-1", (string?)Assert.Single(bills["items"]!.AsArray())!["accountId"]);
    }

    /// <summary>An account with a service point, an electricity meter installed since 2026-01-01 and e2e-flat assigned, all over the API.</summary>
    private async Task CustomerAsync(string account)
    {
        var n = account[^1];
        var prefix = account[..account.LastIndexOf('-')];
        await PostAsync("/api/v1/metering/accounts", new { id = account, name = "Household " + n, kind = "household" });
        await PostAsync("/api/v1/metering/service-points", new { id = $"{prefix}-sp{n}", accountId = account, kind = "household", address = $"Quay {n}" });
        await PostAsync("/api/v1/metering/meters", new { id = $"{prefix}-m{n}", kind = "electricity", serial = $"EL-{n}" });
        await PostAsync("/api/v1/metering/installations", new { meterId = $"{prefix}-m{n}", servicePointId = $"{prefix}-sp{n}", from = "2025-12-31T23:00:00Z", initialRead = 0.0 });
        var assigned = await _api.Http.PutAsJsonAsync($"/api/v1/metering/service-points/{prefix}-sp{n}/tariffs/electricity", new { tariffId = "e2e-flat", from = "2026-01-01" });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
    }

    /// <summary>November's 720 hours at 1 kWh, Valid, saved into the server's polis.db as VEE will save them.</summary>
    private async Task ValidatedAsync(string meterId)
    {
        var values = Enumerable.Range(0, 720).Select(h => new StoredInterval(new IntervalValue(November.AddHours(h), November.AddHours(h + 1), 1.0, ReadingQuality.Valid))).ToList();
        var store = new SqliteIntervalStore(new SqliteDatabase(Path.Combine(_polis.DataDirectory, SqliteStorageServiceCollectionExtensions.FileName)));
        await store.SaveAsync([new IntervalWrite(meterId, values, [], "vee", DateTimeOffset.UtcNow)]);
    }

    private Task<HttpResponseMessage> SendTariffAsync(HttpMethod method, string path, string json) =>
        _api.Http.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    /// <summary>An electricity tariff with a subscription of 1.00 a day and 25 % VAT, one version per (from, to, price per kWh).</summary>
    private static string Tariff(string id, params (string From, string? To, decimal Price)[] versions) =>
        new JsonObject
        {
            ["id"] = id, ["name"] = "Electricity, flat", ["meterKind"] = "Electricity", ["currency"] = "DKK",
            ["versions"] = new JsonArray([.. versions.Select(v => (JsonNode)new JsonObject
            {
                ["from"] = v.From, ["to"] = v.To,
                ["charges"] = new JsonArray(
                    new JsonObject { ["type"] = "flat", ["description"] = "Energy", ["unitPrice"] = v.Price },
                    new JsonObject { ["type"] = "standing", ["description"] = "Subscription", ["perDay"] = 1.00m }),
                ["taxes"] = new JsonArray(new JsonObject { ["description"] = "VAT", ["percent"] = 25 }),
            })]),
        }.ToJsonString();

    private async Task PostAsync(string path, object body)
    {
        var response = await _api.Http.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
