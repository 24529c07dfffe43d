using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Polis.Metering.Billing.Pdf;

/// <summary>
/// Draws a bill as a one- or few-page A4 PDF with PDFsharp: issuer, account, service point, meter, period and tariff,
/// the lines (with the tariff version part each belongs to), the totals and a bar chart of consumption per day.
/// </summary>
public static class BillPdf
{
    // Column right edges (amounts align right) and the description's width.
    private const double PartColumn = 250;
    private const double QuantityColumn = 370;
    private const double PriceColumn = 450;
    private const double DescriptionWidth = PartColumn - PdfPageWriter.Left - 6;

    public static byte[] Render(Bill bill, BillIssuer issuer, DateOnly issuedOn)
    {
        using var stream = new MemoryStream();
        Render(bill, issuer, issuedOn, stream);
        return stream.ToArray();
    }

    public static void Render(Bill bill, BillIssuer issuer, DateOnly issuedOn, Stream output)
    {
        ArgumentNullException.ThrowIfNull(bill);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(output);
        BillFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{issuer.UtilityName} bill {bill.Subject.AccountId} {BillText.Period(bill.Period)}";
        document.Info.Author = issuer.UtilityName;
        using (var page = new PdfPageWriter(document))
        {
            Head(page, bill, issuer, issuedOn);
            Details(page, bill);
            Lines(page, bill);
            Totals(page, bill);
            DailyChart.Draw(page, bill);
        }

        document.Save(output, false);
    }

    private static void Head(PdfPageWriter page, Bill bill, BillIssuer issuer, DateOnly issuedOn)
    {
        page.Text(issuer.UtilityName, PdfPageWriter.Left, page.Title);
        page.Text("Bill", PdfPageWriter.Right, page.Title, XStringAlignment.Far);
        page.Down(22);
        List<string> left = issuer.CityName is { } city ? [city, .. issuer.ContactLines] : [.. issuer.ContactLines];
        string[] right = [$"Period {BillText.Period(bill.Period)} ({bill.Period.Days} days)", $"Issued {BillText.Date(issuedOn)}"];
        for (var i = 0; i < Math.Max(left.Count, right.Length); i++)
        {
            page.Text(i < left.Count ? left[i] : "", PdfPageWriter.Left, page.Regular);
            page.Text(i < right.Length ? right[i] : "", PdfPageWriter.Right, page.Regular, XStringAlignment.Far);
            page.Down(12);
        }

        page.Down(10);
    }

    private static void Details(PdfPageWriter page, Bill bill)
    {
        var subject = bill.Subject;
        var versions = string.Join(", ", bill.Lines.Select(l => l.TariffVersion).Distinct().Select(BillText.Date));
        (string Label, string? Value)[] rows =
        [
            ("Account", subject.AccountName is null ? subject.AccountId : $"{subject.AccountId}, {subject.AccountName}"),
            ("Service point", subject.ServicePointAddress),
            ("Meter", $"{subject.MeterId} ({subject.MeterKind.ToString().ToLowerInvariant()})"),
            ("Tariff", $"{bill.TariffName} ({bill.TariffId}), version{(versions.Contains(',', StringComparison.Ordinal) ? "s" : "")} from {versions}"),
            ("Consumption", $"{BillText.Quantity(bill.Consumption)} {bill.Unit}"),
        ];
        foreach (var (label, value) in rows.Where(r => r.Value is not null))
        {
            page.Text(label, PdfPageWriter.Left, page.Bold);
            page.Text(value!, PdfPageWriter.Left + 90, page.Regular, width: PdfPageWriter.Right - PdfPageWriter.Left - 90);
            page.Down(13);
        }

        page.Down(12);
    }

    private static void Lines(PdfPageWriter page, Bill bill)
    {
        page.PageHeading = p => ColumnHeads(p, bill.Currency);
        ColumnHeads(page, bill.Currency);
        foreach (var line in bill.Lines)
        {
            page.EnsureSpace(13);
            var isTax = line.Category == BillLineCategory.Tax;
            page.Text(line.Description, PdfPageWriter.Left, page.Regular, width: DescriptionWidth);
            page.Text(BillText.Part(line.Part), PartColumn, page.Regular);
            page.Text(isTax ? $"{BillText.Money(line.Quantity)} {line.Unit}" : BillText.Quantity(line.Quantity, line.Unit), QuantityColumn, page.Regular, XStringAlignment.Far, 100);
            page.Text(isTax ? BillText.Percent(line.UnitPrice) : BillText.UnitPrice(line.UnitPrice), PriceColumn, page.Regular, XStringAlignment.Far, 70);
            page.Text(BillText.Money(line.Amount), PdfPageWriter.Right, page.Regular, XStringAlignment.Far, 80);
            page.Down(13);
        }

        page.PageHeading = null;
        page.Rule();
        page.Down(6);
    }

    private static void ColumnHeads(PdfPageWriter page, string currency)
    {
        page.Text("Description", PdfPageWriter.Left, page.Bold);
        page.Text("Period", PartColumn, page.Bold);
        page.Text("Quantity", QuantityColumn, page.Bold, XStringAlignment.Far, 100);
        page.Text("Unit price", PriceColumn, page.Bold, XStringAlignment.Far, 70);
        page.Text($"Amount ({currency})", PdfPageWriter.Right, page.Bold, XStringAlignment.Far, 80);
        page.Down(13);
        page.Rule();
        page.Down(4);
    }

    private static void Totals(PdfPageWriter page, Bill bill)
    {
        page.EnsureSpace(50);
        foreach (var (label, amount, font) in new[] { ("Subtotal", bill.Subtotal, page.Regular), ("Taxes", bill.Taxes, page.Regular), ($"Total {bill.Currency}", bill.Total, page.Bold) })
        {
            page.Text(label, PriceColumn, font, XStringAlignment.Far, 120);
            page.Text(BillText.Money(amount), PdfPageWriter.Right, font, XStringAlignment.Far, 80);
            page.Down(13);
        }

        page.Down(16);
    }
}
