using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// The whole metering path through the real polis process in Copenhagen time, nothing seeded: a heat meter's device
/// publishes last month's hourly register (the real Danish heat meter's November 2018, shifted) over MQTT with one
/// spike; the validation service flags it, the billing run refuses the account naming that hour, an analyst accepts
/// it, the run bills it (checked by hand), an analyst's <c>set</c> gives an adjustment, the PDF shows it, a re-run is
/// unchanged, and the account's resident downloads their bill and Green Button. A water meter's constant night flow
/// raises a night-flow finding and a platform alarm.
/// </summary>
public sealed class MeteringFullPathTests : IAsyncLifetime
{
    private const decimal HeatPrice = 0.80m, StandingPerDay = 4.10m;
    private const int SpikeHour = 200, SetHour = 300;
    private const double SpikeKwh = 60, SetKwh = 10;
    private const int Days = 8;
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly XNamespace Espi = "http://naesb.org/espi";
    private PolisProcess _polis = null!;
    private PolisApi _api = null!;

    public async Task InitializeAsync()
    {
        _polis = await PolisProcess.StartAsync("--Polis:City:TimeZone", "Europe/Copenhagen", "--Polis:Metering:Validation:PassInterval", "00:00:01");
        _api = await PolisApi.SignInAsync(_polis);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _polis.DisposeAsync();
    }

    [Fact]
    public async Task HeatMeterOverMqtt_ValidatedBilledAdjusted_ResidentDownloadsBillAndGreenButton()
    {
        // Last month in Copenhagen: local midnight to local midnight, its hours (719, 720, 743, 744 or 745) published as read.
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Copenhagen).DateTime);
        var month = new DateOnly(localToday.Year, localToday.Month, 1).AddMonths(-1);
        var (from, to) = (LocalMidnight(month), LocalMidnight(month.AddMonths(1)));
        var hours = (int)(to - from).TotalHours;
        var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var reads = DanishHeatMeter.HourlyRegister(DateTimeOffset.Parse("2018-11-01T00:00:00Z", CultureInfo.InvariantCulture), hours + 1);
        for (var i = SpikeHour + 1; i < reads.Length; i++)
        {
            reads[i] += SpikeKwh; // the hour SpikeHour → SpikeHour + 1 burns 60 kWh more: a spike
        }

        var token = await _api.CreateDeviceAsync("e2e-path-heat", "heat-meter");
        await HouseholdAsync("e2e-path-1", "heat", "e2e-path-heat", from, reads[0]);
        await PublishAsync(token, "energy", from, reads);
        var tariff = await _api.Http.PostAsync(new Uri("/api/v1/metering/tariffs", UriKind.Relative), new StringContent(HeatTariff, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, tariff.StatusCode);
        var assigned = await _api.Http.PutAsJsonAsync("/api/v1/metering/service-points/e2e-path-1-sp/tariffs/heat", new { tariffId = "e2e-heat", from = "2020-01-01" });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());

        var range = $"from={Iso(from)}&to={Iso(to)}";
        var values = await ValidatedAsync("e2e-path-1-m", range, hours);
        var spike = values[SpikeHour]!;
        Assert.Equal("questionable", Text(spike["quality"]));
        Assert.Contains("spike", Text(spike["rule"])!.Split(','));
        Assert.Equal(hours - 1, values.Count(v => Text(v!["quality"]) == "valid"));

        var refused = await RunAsync(period);
        Assert.Equal((0, 1), ((int)refused["billed"]!, (int)refused["refused"]!));
        var (spikeFrom, spikeTo) = (from.AddHours(SpikeHour), from.AddHours(SpikeHour + 1));
        Assert.Equal($"Account e2e-path-1, meter e2e-path-1-m not billed for {month:yyyy-MM-dd}–{month.AddMonths(1):yyyy-MM-dd}: only validated data is billed, and "
            + $"{spikeFrom.UtcDateTime:yyyy-MM-dd'T'HH:mm}Z–{spikeTo.UtcDateTime:yyyy-MM-dd'T'HH:mm}Z is questionable.", (string?)refused["refusals"]![0]!["message"]);

        await EditAsync("e2e-path-1-m", new { action = "accept", from = Iso(spikeFrom), to = Iso(spikeTo), reason = "sauna weekend, confirmed by the customer" });
        var billedRun = await RunAsync(period);
        Assert.Equal((1, 0, hours), ((int)billedRun["billed"]!, (int)billedRun["refused"]!, (int)billedRun["readings"]!));
        // By hand: the register's difference over the month (the spike included), 0.80 a kWh, 4.10 a day, 25 % VAT.
        var consumption = Math.Round((decimal)(reads[^1] - reads[0]), 6);
        var expected = HandTotal(consumption, month);
        Assert.Equal(expected, (decimal)billedRun["totals"]![0]!["billed"]!);
        var billId = (long)(await _api.GetJsonAsync($"/api/v1/metering/bills?period={period}&accountId=e2e-path-1"))["items"]![0]!["id"]!;

        var setFrom = from.AddHours(SetHour);
        var original = values[SetHour]!["quantity"]!.GetValue<double>();
        await EditAsync("e2e-path-1-m", new { action = "set", from = Iso(setFrom), to = Iso(setFrom.AddHours(1)), quantity = SetKwh, reason = "meter read checked on site" });
        var adjustedRun = await RunAsync(period);
        Assert.Equal((0, 1, 0), ((int)adjustedRun["billed"]!, (int)adjustedRun["adjusted"]!, (int)adjustedRun["refused"]!));
        var corrected = HandTotal(Math.Round(consumption + (decimal)(SetKwh - original), 6), month);
        var bill = await _api.GetJsonAsync($"/api/v1/metering/bills/{billId}");
        Assert.Equal(expected, (decimal)bill["bill"]!["total"]!); // the issued bill never changes
        var adjustment = bill["adjustments"]![0]!["adjustment"]!;
        Assert.Equal(corrected - expected, (decimal)adjustment["total"]!);
        Assert.Equal((double)Math.Round((decimal)(SetKwh - original), 6), (double)adjustment["lines"]![0]!["quantity"]!, 6);
        Assert.Equal(corrected, (decimal)bill["currentTotal"]!);
        var pdfText = await PdfTextAsync(_api, $"/api/v1/metering/bills/{billId}/pdf");
        Assert.Contains("Adjustment: Heat", pdfText, StringComparison.Ordinal);
        Assert.Contains(Money(corrected), pdfText, StringComparison.Ordinal);
        var rerun = await RunAsync(period);
        Assert.Equal((1, 0, 0), ((int)rerun["unchanged"]!, (int)rerun["adjusted"]!, (int)rerun["billed"]!));

        await ResidentSeesOwnBillOnlyAsync(billId, corrected, range);
    }

    [Fact]
    public async Task WaterMeterWithConstantNightFlow_OverMqtt_RaisesNightFlowFindingAndAlarm()
    {
        // Eight local days ending four days ago: three clean nights (nothing flows at night), then 50 L/h that never
        // stops (a leak) on top of the household's day use. The base flow is learned from the clean nights.
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Copenhagen).DateTime).AddDays(-12);
        var (from, to) = (LocalMidnight(firstDay), LocalMidnight(firstDay.AddDays(Days)));
        var leakFrom = LocalMidnight(firstDay.AddDays(3));
        var hours = (int)(to - from).TotalHours;
        var reads = new double[hours + 1];
        reads[0] = 412.0;
        for (var h = 0; h < hours; h++)
        {
            var localHour = TimeZoneInfo.ConvertTime(from.AddHours(h), Copenhagen).Hour;
            var dayUse = localHour is >= 7 and < 23 ? 0.02 + (localHour is 7 or 8 or 18 or 19 ? 0.12 : 0) : 0;
            reads[h + 1] = reads[h] + dayUse + (from.AddHours(h) >= leakFrom ? 0.05 : 0);
        }

        var token = await _api.CreateDeviceAsync("e2e-path-water", "water-meter");
        await HouseholdAsync("e2e-path-2", "water", "e2e-path-water", from, reads[0]);
        await PublishAsync(token, "volume", from, reads);
        await ValidatedAsync("e2e-path-2-m", $"from={Iso(from)}&to={Iso(to)}", hours);

        var run = await _api.Http.PostAsJsonAsync("/api/v1/metering/detection/run",
            new { from = firstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = firstDay.AddDays(Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), meterIds = new[] { "e2e-path-2-m" } });
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var finding = (await _api.GetJsonAsync("/api/v1/metering/findings?kind=night-flow&meterId=e2e-path-2-m"))["items"]!.AsArray().Single()!;
        Assert.Equal(("open", "e2e-path-2-sp"), (Text(finding["status"]), Text(finding["servicePointId"])));
        Assert.StartsWith("Night flow", Text(finding["summary"]), StringComparison.Ordinal);
        var alarms = await _api.GetJsonAsync("/api/v1/alarms?deviceId=e2e-path-water&ruleId=metering.leak.night-flow");
        var alarm = Assert.Single(alarms["items"]!.AsArray())!;
        Assert.Equal(Text(alarm["id"]), Text(finding["alarmId"]));
    }

    /// <summary>The linked resident reads their bill, PDF and Green Button; a neighbour's resident gets 404 for all of it.</summary>
    private async Task ResidentSeesOwnBillOnlyAsync(long billId, decimal currentTotal, string range)
    {
        await HouseholdAsync("e2e-path-3", "electricity", null, DateTimeOffset.UtcNow.AddDays(-1), 0);
        using var resident = await ResidentAsync("e2e-path-1", "hansen@e2e.local");
        using var neighbour = await ResidentAsync("e2e-path-3", "neighbour@e2e.local");

        var listed = Assert.Single((await resident.GetJsonAsync("/api/v1/me/metering/accounts/e2e-path-1/bills"))["items"]!.AsArray())!;
        Assert.Equal((billId, currentTotal), ((long)listed["id"]!, (decimal)listed["currentTotal"]!));
        var bill = await resident.GetJsonAsync($"/api/v1/me/metering/bills/{billId}");
        Assert.Equal((await _api.GetJsonAsync($"/api/v1/metering/bills/{billId}")).ToJsonString(), bill.ToJsonString());
        Assert.Contains(Money(currentTotal), await PdfTextAsync(resident, $"/api/v1/me/metering/bills/{billId}/pdf"), StringComparison.Ordinal);

        var billed = bill["adjustments"]![0]!["recomputed"]!["consumption"]!.GetValue<decimal>();
        var feed = XDocument.Parse(await resident.Http.GetStringAsync(new Uri($"/api/v1/me/metering/service-points/e2e-path-1-sp/green-button?{range}", UriKind.Relative)));
        var wattHours = feed.Descendants(Espi + "IntervalReading").Sum(r => long.Parse(r.Element(Espi + "value")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round(billed * 1000, MidpointRounding.AwayFromZero), wattHours);

        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.Http.GetAsync(new Uri($"/api/v1/me/metering/bills/{billId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.Http.GetAsync(new Uri($"/api/v1/me/metering/bills/{billId}/pdf", UriKind.Relative))).StatusCode);
        var other = await neighbour.Http.GetAsync(new Uri("/api/v1/me/metering/accounts/e2e-path-1/bills", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        await PolisApi.ReadProblemAsync(other);
        Assert.Empty((await neighbour.GetJsonAsync("/api/v1/me/metering/accounts/e2e-path-3/bills"))["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Http.GetAsync(new Uri($"/api/v1/me/metering/bills/{billId}", UriKind.Relative))).StatusCode);
    }

    private async Task<PolisApi> ResidentAsync(string account, string email)
    {
        var user = await _api.PostCreatedAsync("/api/v1/users", new { email, password = "Resident-password-1", role = "resident", displayName = email });
        Assert.Equal(HttpStatusCode.Created, (await _api.Http.PutAsync(new Uri($"/api/v1/metering/accounts/{account}/residents/{user["id"]}", UriKind.Relative), null)).StatusCode);
        return await PolisApi.SignInAsync(_polis, email, "Resident-password-1");
    }

    /// <summary>Publishes hourly register reads from <paramref name="from"/> as one day's batch per MQTT message, at once.</summary>
    private async Task PublishAsync(string token, string key, DateTimeOffset from, double[] reads)
    {
        using var device = await Devices.ConnectAsync(_polis, token);
        foreach (var day in reads.Select((value, hour) => (value, hour)).Chunk(24))
        {
            var payload = "[" + string.Join(",", day.Select(r => string.Create(CultureInfo.InvariantCulture,
                $$$"""{"ts":{{{from.AddHours(r.hour).ToUnixTimeMilliseconds()}}},"values":{"{{{key}}}":{{{r.value:R}}}}}"""))) + "]";
            var published = await device.PublishStringAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce);
            Assert.Equal(MqttClientPublishReasonCode.Success, published.ReasonCode);
        }
    }

    /// <summary>An account with a service point and a meter of <paramref name="kind"/> (on the device, if any) installed there at <paramref name="installed"/>.</summary>
    private async Task HouseholdAsync(string account, string kind, string? deviceId, DateTimeOffset installed, double initialRead)
    {
        await _api.PostCreatedAsync("/api/v1/metering/accounts", new { id = account, name = "Household " + account, kind = "household" });
        await _api.PostCreatedAsync("/api/v1/metering/service-points", new { id = account + "-sp", accountId = account, kind = "household", address = "Strandvejen " + account[^1] });
        await _api.PostCreatedAsync("/api/v1/metering/meters", new { id = account + "-m", kind, serial = "S-" + account, deviceId, registerDigits = 6 });
        await _api.PostCreatedAsync("/api/v1/metering/installations", new { meterId = account + "-m", servicePointId = account + "-sp", from = Iso(installed), initialRead });
    }

    /// <summary>Waits until every hour is validated and the meter has left the validation queue; the series' values.</summary>
    private async Task<JsonArray> ValidatedAsync(string meterId, string range, int hours)
    {
        await Eventually.ReturnsAsync(
            async () => ((await _api.GetJsonAsync($"/api/v1/metering/meters/{meterId}/intervals?{range}"))["values"]!.AsArray().Count,
                (await _api.GetJsonAsync("/api/v1/metering/vee/queue"))["waiting"]!.AsArray().Any(m => Text(m!["meterId"]) == meterId)),
            state => state.Item1 == hours && !state.Item2, $"the {hours} hours of {meterId} are validated", seconds: 120);
        return (await _api.GetJsonAsync($"/api/v1/metering/meters/{meterId}/intervals?{range}"))["values"]!.AsArray();
    }

    private async Task<JsonObject> RunAsync(string period)
    {
        var run = await _api.Http.PostAsJsonAsync("/api/v1/metering/billing-runs", new { period, accountIds = new[] { "e2e-path-1" } });
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());
        return (await run.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task EditAsync(string meterId, object edit)
    {
        var response = await _api.Http.PostAsJsonAsync($"/api/v1/metering/meters/{meterId}/intervals/edits", edit);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> PdfTextAsync(PolisApi api, string path)
    {
        var pdf = await api.Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    /// <summary>consumption × price + days × standing, each rounded to the cent, plus 25 % VAT of their sum, rounded.</summary>
    private static decimal HandTotal(decimal consumption, DateOnly month)
    {
        var lines = Round(consumption * HeatPrice) + Round(DateTime.DaysInMonth(month.Year, month.Month) * StandingPerDay);
        return lines + Round(lines * 0.25m);
    }

    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    private static DateTimeOffset LocalMidnight(DateOnly date) =>
        new(date.ToDateTime(TimeOnly.MinValue), Copenhagen.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue)));

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Text(JsonNode? node) => node?.GetValue<string>();

    private const string HeatTariff = """
        {"id":"e2e-heat","name":"District heating, flat","meterKind":"Heat","currency":"DKK","versions":[{"from":"2020-01-01","charges":[
          {"type":"flat","description":"Heat","unitPrice":0.80},{"type":"standing","description":"Connection","perDay":4.10}],
          "taxes":[{"description":"VAT","percent":25}]}]}
        """;
}
