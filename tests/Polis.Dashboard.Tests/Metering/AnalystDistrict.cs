using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Metering;

/// <summary>
/// A district set up through the API as operators would (city zone UTC, the dashboard tests' default), over last
/// month: two households in district "harbour" with electricity meters of 1 kWh an hour (the first with one hour of
/// 60 kWh, which VEE flags as a spike), both supplied by a feeder meter of 2.4 kWh an hour installed at the substation
/// (so about 13 % is lost), every register imported as hourly reads, a flat tariff assigned to both households.
/// </summary>
internal sealed class AnalystDistrict(PolisApi admin)
{
    public const string District = "harbour", Feeder = "pa-feeder", SpikyMeter = "pa-m1", Tariff = "pa-flat";

    /// <summary>The hour of the month whose reading jumps by 60 kWh instead of 1: the 20th, 12:00–13:00.</summary>
    public const int SpikeHour = (19 * 24) + 12;

    private static readonly DateOnly ThisMonth = DateOnly.FromDateTime(DateTime.UtcNow) is var today ? new DateOnly(today.Year, today.Month, 1) : default;

    /// <summary>Last month's first day, and the first day of this month (excluded).</summary>
    public static DateOnly First { get; } = ThisMonth.AddMonths(-1);

    public static DateOnly Next { get; } = ThisMonth;

    public static string Period => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static int Hours => (Next.DayNumber - First.DayNumber) * 24;

    public static DateTimeOffset Start => new(First.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Creates everything, imports the reads and waits until validation has drained its queue.</summary>
    public async Task CreateAsync()
    {
        await admin.PostCreatedAsync("/api/v1/metering/accounts", new { id = "pa-utility", name = "City grid", kind = "business" });
        await admin.PostCreatedAsync("/api/v1/metering/service-points", new { id = "pa-substation", accountId = "pa-utility", kind = "building", address = "Substation 1" });
        await MeterAsync(Feeder, "pa-substation", h => 2.4 * h);
        await admin.PostCreatedAsync("/api/v1/metering/tariffs", new
        {
            id = Tariff, name = "Electricity, flat", meterKind = "Electricity", currency = "DKK",
            versions = new[]
            {
                new
                {
                    from = "2020-01-01",
                    charges = new object[] { new { type = "flat", description = "Energy", unitPrice = 2.00m }, new { type = "standing", description = "Subscription", perDay = 1.00m } },
                    taxes = new[] { new { description = "VAT", percent = 25 } },
                },
            },
        });
        foreach (var n in new[] { 1, 2 })
        {
            await admin.PostCreatedAsync("/api/v1/metering/accounts", new { id = $"pa-acct-{n}", name = $"Household {n}", kind = "household" });
            await admin.PostCreatedAsync("/api/v1/metering/service-points",
                new { id = $"pa-sp-{n}", accountId = $"pa-acct-{n}", kind = "household", address = $"Harbour Lane {n}", districtId = District, occupied = true, feederMeterIds = new[] { Feeder } });
            await MeterAsync($"pa-m{n}", $"pa-sp-{n}", n == 1 ? h => h + (h > SpikeHour ? 59 : 0) : h => h);
            var assigned = await admin.Http.PutAsJsonAsync($"/api/v1/metering/service-points/pa-sp-{n}/tariffs/electricity", new { tariffId = Tariff, from = "2020-01-01" });
            Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        }

        await Eventually.ReturnsAsync(() => admin.GetJsonAsync("/api/v1/metering/vee/queue"), q => (int)q["size"]! == 0, "validation drained its queue", seconds: 120);
    }

    /// <summary>An electricity meter installed at the month's start showing 0, and its register at every hour of the month.</summary>
    private async Task MeterAsync(string meterId, string servicePointId, Func<int, double> register)
    {
        await admin.PostCreatedAsync("/api/v1/metering/meters", new { id = meterId, kind = "electricity", serial = meterId.ToUpperInvariant(), registerDigits = 7 });
        await admin.PostCreatedAsync("/api/v1/metering/installations", new { meterId, servicePointId, from = Start, initialRead = 0.0 });
        var csv = new StringBuilder("instant,value\n");
        for (var h = 0; h <= Hours; h++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Iso(Start.AddHours(h))},{register(h)}\n");
        }

        var import = await admin.Http.PostAsync(new Uri($"/api/v1/metering/meters/{meterId}/reads", UriKind.Relative), new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var report = (await import.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((int?)report["accepted"] == Hours + 1, report.ToJsonString());
    }
}
