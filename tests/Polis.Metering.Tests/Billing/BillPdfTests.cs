using Polis.Metering.Billing;
using Polis.Metering.Billing.Pdf;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using UglyToad.PdfPig;
using static Polis.Metering.Tests.Billing.Synthetic;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>Bills drawn with PDFsharp and read back with PdfPig.</summary>
public sealed class BillPdfTests
{
    private static readonly BillIssuer Issuer = new()
    {
        UtilityName = "Øresund Forsyning",
        CityName = "København",
        ContactLines = ["Vandværksvej 1, 2300 København S"],
    };

    private static readonly DateOnly IssuedOn = new(2026, 12, 2);

    private static string TextOf(byte[] pdf, out int pages)
    {
        using var document = PdfDocument.Open(pdf);
        pages = document.NumberOfPages;
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public void Render_WaterBill_ShowsIssuerAccountMeterPeriodLinesAndTotals()
    {
        // The water bill of BillCalculatorTests: water 655.20, sewage 492.48, fixed 60.00, VAT 301.92, total 1,509.60.
        var november = BillPeriod.Month(2026, 11);
        var tariff = TestTariffs.Of(MeterKind.Water, Version(Start, null,
            [
                new FlatCharge { Description = "Water", UnitPrice = 45.50m },
                new SewageCharge { Description = "Sewage", VolumePercent = 90m, UnitPrice = 38.00m },
                new StandingCharge { Description = "Fixed charge", PerDay = 2.00m },
            ], Vat())) with { Name = "Drinking water and sewage" };
        var bill = Billed(BillCalculator.Compute(Subject(MeterKind.Water), november, tariff, Copenhagen, Hourly(november, 0.02)));

        var pdf = BillPdf.Render(bill, Issuer, IssuedOn);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var text = TextOf(pdf, out var pages);
        Assert.Equal(1, pages);
        foreach (var expected in new[]
                 {
                     "Øresund", "København", "A-1001,", "Karen", "Strandvejen", "M-42", "(water)", "2026-11-01", "2026-11-30",
                     "Drinking", "sewage", "655.20", "492.48", "60.00", "1,207.68", "301.92", "1,509.60", "14.4", "12.96", "DKK",
                 })
        {
            Assert.Contains(expected, text.Split(' ', '\n'));
        }
    }

    [Fact]
    public void Render_TariffChangeMidPeriod_ShowsBothVersionsAndTheirParts()
    {
        var november = BillPeriod.Month(2026, 11);
        var change = new DateOnly(2026, 11, 16);
        var tariff = TestTariffs.Of(MeterKind.Electricity,
            Version(Start, change, [Flat(1.00m)]), Version(change, null, [Flat(1.20m)]));
        var bill = Billed(BillCalculator.Compute(Subject(), november, tariff, Copenhagen, Hourly(november, 1.0)));

        var text = TextOf(BillPdf.Render(bill, Issuer, IssuedOn), out _);

        // 360 kWh × 1.00 = 360.00 (11-01–11-15) and 360 kWh × 1.20 = 432.00 (11-16–11-30); total 792.00.
        Assert.Contains("2026-01-01, 2026-11-16", text, StringComparison.Ordinal);
        Assert.Contains("11-01–11-15", text, StringComparison.Ordinal);
        Assert.Contains("11-16–11-30", text, StringComparison.Ordinal);
        Assert.Contains("432.00", text, StringComparison.Ordinal);
        Assert.Contains("792.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyLines_ContinuesOnASecondPage()
    {
        // 70 versions of one day each over 70 days: 70 lines do not fit on one A4 page with the head and the chart.
        var period = new BillPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 12));
        var versions = Enumerable.Range(0, 70).Select(i => Version(Start.AddDays(i), i == 69 ? null : Start.AddDays(i + 1), [Flat(1m + (i / 100m))])).ToArray();
        var bill = Billed(BillCalculator.Compute(Subject(), period, TestTariffs.Of(MeterKind.Electricity, versions), Copenhagen, Hourly(period, 1.0)));

        var text = TextOf(BillPdf.Render(bill, Issuer, IssuedOn), out var pages);

        Assert.Equal(2, pages);
        Assert.Equal(2, text.Split("Description").Length - 1);
        Assert.Contains(BillText(bill.Total), text, StringComparison.Ordinal);
    }

    private static string BillText(decimal amount) => amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
