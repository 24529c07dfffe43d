using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Residents;

/// <summary>
/// Two households set up through the API as an operator would: an account, a service point and a heat meter each, the
/// real Danish heat meter's register reads of November 2019 and 2020 imported (the validation pipeline turns them into
/// validated hours), a flat heat tariff assigned and November 2020 billed.
/// </summary>
internal sealed class ResidentHousehold(PolisApi admin)
{
    /// <summary>November 2020 in Copenhagen as local dates, and as the API's instants.</summary>
    public const string First = "2020-11-01", Last = "2020-11-30", From = "2020-10-31T23:00:00Z", To = "2020-11-30T23:00:00Z";

    public async Task CreateAsync(string account, string address)
    {
        await admin.PostCreatedAsync("/api/v1/metering/accounts", new { id = account, name = $"Household at {address}", kind = "household" });
        await admin.PostCreatedAsync("/api/v1/metering/service-points", new { id = $"{account}-sp", accountId = account, kind = "household", address });
        await admin.PostCreatedAsync("/api/v1/metering/meters", new { id = $"{account}-heat", kind = "heat", serial = $"KAM-{account}", registerDigits = 6 });
        var reads = Reads();
        // Installed at the first imported read, showing that register value.
        await admin.PostCreatedAsync("/api/v1/metering/installations", new { meterId = $"{account}-heat", servicePointId = $"{account}-sp", from = reads[0].Instant, initialRead = reads[0].Value });
        var csv = "instant,value\n" + string.Join('\n', reads.Select(r => $"{r.Instant},{Number(r.Value)}")) + "\n";
        var import = await admin.Http.PostAsync(new Uri($"/api/v1/metering/meters/{account}-heat/reads", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        var assigned = await admin.Http.PutAsJsonAsync($"/api/v1/metering/service-points/{account}-sp/tariffs/heat", new { tariffId = "r-heat-flat", from = "2019-01-01" });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
    }

    /// <summary>Heat at 0.80 a kWh, 1.00 a day, 25 % VAT.</summary>
    public Task CreateTariffAsync() => admin.PostCreatedAsync("/api/v1/metering/tariffs", new
    {
        id = "r-heat-flat", name = "District heating", meterKind = "Heat", currency = "DKK",
        versions = new[]
        {
            new
            {
                from = "2019-01-01",
                charges = new object[]
                {
                    new { type = "flat", description = "Heat", unitPrice = 0.80m },
                    new { type = "standing", description = "Subscription", perDay = 1.00m },
                },
                taxes = new[] { new { description = "VAT", percent = 25 } },
            },
        },
    });

    /// <summary>Waits until validation has drained its queue, then bills November 2020.</summary>
    public async Task<JsonObject> BillNovemberAsync(params string[] accounts)
    {
        await Eventually.ReturnsAsync(() => admin.GetJsonAsync("/api/v1/metering/vee/queue"), q => q["waiting"]!.AsArray().Count == 0, "validation drained its queue", seconds: 120);
        var run = await admin.Http.PostAsJsonAsync("/api/v1/metering/billing-runs", new { period = "2020-11", accountIds = accounts });
        var summary = (await run.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((int?)summary["billed"] == accounts.Length, summary.ToJsonString());
        return summary;
    }

    /// <summary>A resident user linked to <paramref name="account"/>.</summary>
    public async Task LinkResidentAsync(string account, string email, string password)
    {
        var user = await admin.PostCreatedAsync("/api/v1/users", new { email, password, role = "resident", displayName = "Resident" });
        var linked = await admin.Http.PutAsync(new Uri($"/api/v1/metering/accounts/{account}/residents/{user["id"]}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
    }

    // The real meter's hourly register from the end of October 2019 to the start of December 2020: both Novembers
    // (the year-earlier comparison) and the months between, so validation sees one continuous series.
    private static List<(string Instant, double Value)> Reads() =>
        [.. File.ReadLines(DanishHeatMeter.DataPath()).Skip(1).Select(l => l.Split(','))
            .Where(f => string.CompareOrdinal(f[2], "2019-10-30") >= 0 && string.CompareOrdinal(f[2], "2020-12-02") < 0)
            .Select(f => (f[2], double.Parse(f[3], CultureInfo.InvariantCulture)))];

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
