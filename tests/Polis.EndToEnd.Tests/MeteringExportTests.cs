using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Polis.EndToEnd.Tests.Infrastructure;
using Polis.Metering.Readings;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Metering;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Residents through the real process: an admin creates a resident user and links them to a household's account; the
/// resident signs in, sees that account, downloads its Green Button XML and CSV (two days of the real Danish heat meter's
/// hours, seeded as validated intervals in polis.db while the validation pipeline is built), and is refused everything
/// else: another household's service point (404), operator APIs (403); without a token, 401.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class MeteringExportTests(PolisFixture fixture)
{
    private static readonly XNamespace Espi = "http://naesb.org/espi";
    private static readonly DateTimeOffset From = new(2020, 10, 24, 0, 0, 0, TimeSpan.Zero), To = new(2020, 10, 26, 0, 0, 0, TimeSpan.Zero);
    private readonly PolisApi _admin = fixture.Api;

    [Fact]
    public async Task Resident_LinkedToAnAccount_DownloadsOwnGreenButtonAndCsvAndNothingElse()
    {
        await _admin.PostCreatedAsync("/api/v1/metering/accounts", new { id = "e2e-home-1", name = "Jensen household", kind = "household" });
        await _admin.PostCreatedAsync("/api/v1/metering/service-points", new { id = "e2e-home-1-sp", accountId = "e2e-home-1", kind = "household", address = "Havnegade 3" });
        await _admin.PostCreatedAsync("/api/v1/metering/meters", new { id = "e2e-home-1-heat", kind = "heat", serial = "KAM-0660", registerDigits = 6 });
        await _admin.PostCreatedAsync("/api/v1/metering/installations", new { meterId = "e2e-home-1-heat", servicePointId = "e2e-home-1-sp", from = "2020-01-01T00:00:00Z", initialRead = 5000.0 });
        await _admin.PostCreatedAsync("/api/v1/metering/accounts", new { id = "e2e-home-2", name = "Neighbours", kind = "household" });
        await _admin.PostCreatedAsync("/api/v1/metering/service-points", new { id = "e2e-home-2-sp", accountId = "e2e-home-2", kind = "household", address = "Havnegade 5" });
        var hours = await SeedAsync("e2e-home-1-heat");

        var user = await _admin.PostCreatedAsync("/api/v1/users", new { email = "jensen@e2e.local", password = "Resident-password-1", role = "resident", displayName = "Jensen" });
        Assert.Equal(["resident"], user["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var userId = user["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Created, (await _admin.Http.PutAsync($"/api/v1/metering/accounts/e2e-home-1/residents/{userId}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.Http.PutAsync($"/api/v1/metering/accounts/e2e-home-1/residents/{userId}", null)).StatusCode);
        var residents = await _admin.Http.GetFromJsonAsync<JsonArray>("/api/v1/metering/accounts/e2e-home-1/residents");
        Assert.Equal(("jensen@e2e.local", PolisProcess.AdminEmail), (residents![0]!["email"]!.GetValue<string>(), residents[0]!["linkedBy"]!.GetValue<string>()));
        var operatorAsResident = await _admin.Http.PutAsync("/api/v1/metering/accounts/e2e-home-1/residents/no-such-user", null);
        Assert.Equal(HttpStatusCode.BadRequest, operatorAsResident.StatusCode);

        using var resident = await PolisApi.SignInAsync(fixture.Polis, "jensen@e2e.local", "Resident-password-1");
        var accounts = await resident.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/metering/accounts");
        var account = Assert.Single(accounts!)!;
        Assert.Equal(("e2e-home-1", "e2e-home-1-heat", "kWh"), (account["id"]!.GetValue<string>(),
            account["servicePoints"]![0]!["meters"]![0]!["id"]!.GetValue<string>(), account["servicePoints"]![0]!["meters"]![0]!["unit"]!.GetValue<string>()));

        var range = $"from={From:yyyy-MM-dd'T'HH:mm:ss'Z'}&to={To:yyyy-MM-dd'T'HH:mm:ss'Z'}";
        var xmlResponse = await resident.Http.GetAsync($"/api/v1/me/metering/service-points/e2e-home-1-sp/green-button?{range}");
        Assert.Equal((HttpStatusCode.OK, "application/atom+xml"), (xmlResponse.StatusCode, xmlResponse.Content.Headers.ContentType?.MediaType));
        var xmlBytes = await xmlResponse.Content.ReadAsByteArrayAsync();
        var readings = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmlBytes)).Descendants(Espi + "IntervalReading").ToList();
        Assert.Equal(48, readings.Count);
        Assert.Equal((long)Math.Round(hours.Sum(h => h.Value.Quantity) * 1000, MidpointRounding.AwayFromZero), readings.Sum(r => long.Parse(r.Element(Espi + "value")!.Value, CultureInfo.InvariantCulture)));
        Assert.Equal(1, readings.Count(r => r.Element(Espi + "ReadingQuality")!.Element(Espi + "quality")!.Value == "9"));
        // The operators' route gives the same feed, byte for byte.
        Assert.Equal(xmlBytes, await _admin.Http.GetByteArrayAsync($"/api/v1/metering/service-points/e2e-home-1-sp/green-button?{range}"));

        var csv = await resident.Http.GetStringAsync($"/api/v1/me/metering/service-points/e2e-home-1-sp/consumption.csv?{range}&resolution=day");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("service_point_id,meter_id,kind,start_utc", rows[0], StringComparison.Ordinal);
        Assert.Equal(hours.Sum(h => h.Value.Quantity), rows.Skip(1).Sum(r => double.Parse(r.Split(',')[7], CultureInfo.InvariantCulture)), 9);
        var report = await resident.GetJsonAsync($"/api/v1/me/metering/service-points/e2e-home-1-sp/consumption?{range}&resolution=day");
        Assert.Equal(hours.Sum(h => h.Value.Quantity), report["totals"]![0]!["quantity"]!.GetValue<double>(), 9);
        Assert.Equal("estimated", report["series"]![0]!["values"]![0]!["quality"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NotFound, (await resident.Http.GetAsync($"/api/v1/me/metering/service-points/e2e-home-2-sp/green-button?{range}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Http.GetAsync($"/api/v1/me/metering/service-points/e2e-home-2-sp/consumption?{range}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Http.GetAsync("/api/v1/devices")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Http.GetAsync("/api/v1/metering/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Http.GetAsync($"/api/v1/metering/service-points/e2e-home-1-sp/green-button?{range}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _admin.Http.GetAsync("/api/v1/me/metering/accounts")).StatusCode);
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/metering/accounts")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.Http.DeleteAsync($"/api/v1/metering/accounts/e2e-home-1/residents/{userId}")).StatusCode);
        Assert.Empty((await resident.Http.GetFromJsonAsync<JsonArray>("/api/v1/me/metering/accounts"))!);
    }

    /// <summary>
    /// Two days of the real meter's hours (register differences) saved as the validated series, one hour as a linear
    /// estimate, straight into the running process's polis.db.
    /// </summary>
    private async Task<List<StoredInterval>> SeedAsync(string meterId)
    {
        var registers = File.ReadLines(DanishHeatMeter.DataPath()).Skip(1).Select(l => l.Split(','))
            .Select(f => (At: DateTimeOffset.Parse(f[2], CultureInfo.InvariantCulture), Kwh: double.Parse(f[3], CultureInfo.InvariantCulture)))
            .Where(r => r.At >= From && r.At <= To).ToList();
        var hours = registers.Zip(registers.Skip(1), (a, b) => new StoredInterval(new IntervalValue(a.At, b.At, b.Kwh - a.Kwh, ReadingQuality.Valid))).ToList();
        hours[5] = new StoredInterval(hours[5].Value with { Quality = ReadingQuality.Estimated }, "gap,estimate-linear", "a lost read: spread evenly");
        var store = new SqliteIntervalStore(new SqliteDatabase(Path.Combine(fixture.Polis.DataDirectory, SqliteStorageServiceCollectionExtensions.FileName)));
        await store.SaveAsync([new IntervalWrite(meterId, hours, [], "e2e", DateTimeOffset.UtcNow)]);
        return hours;
    }
}
