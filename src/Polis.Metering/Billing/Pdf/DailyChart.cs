using System.Globalization;
using PdfSharp.Drawing;

namespace Polis.Metering.Billing.Pdf;

/// <summary>A small bar chart of a bill's consumption per local day.</summary>
internal static class DailyChart
{
    private const double Height = 70;

    public static void Draw(PdfPageWriter page, Bill bill)
    {
        var days = bill.DailyConsumption;
        if (days.Count == 0)
        {
            return;
        }

        page.EnsureSpace(Height + 40);
        page.Text($"Consumption per day ({bill.Unit})", PdfPageWriter.Left, page.Bold);
        page.Down(16);
        var max = days.Max();
        var top = page.Y;
        var width = PdfPageWriter.Right - PdfPageWriter.Left - 40;
        var slot = width / days.Count;
        var left = PdfPageWriter.Left + 40;
        var brush = new XSolidBrush(XColor.FromArgb(70, 120, 180));
        for (var i = 0; i < days.Count; i++)
        {
            var h = max > 0 ? Math.Max(0, days[i]) / max * Height : 0;
            page.Graphics.DrawRectangle(brush, left + (i * slot) + (slot * 0.15), top + Height - h, slot * 0.7, h);
        }

        page.Graphics.DrawLine(XPens.Gray, left, top + Height, left + width, top + Height);
        page.Text(max.ToString("#,##0.#", CultureInfo.InvariantCulture), left - 4, page.Small, XStringAlignment.Far, 36);
        page.Down(Height + 2);
        for (var i = 0; i < days.Count; i += Math.Max(1, days.Count / 10))
        {
            page.Text(bill.Period.From.AddDays(i).ToString("MM-dd", CultureInfo.InvariantCulture), left + (i * slot), page.Small);
        }

        page.Down(12);
    }
}
