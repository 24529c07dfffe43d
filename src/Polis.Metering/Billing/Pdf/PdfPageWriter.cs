using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Polis.Metering.Billing.Pdf;

/// <summary>
/// A top-to-bottom cursor over A4 pages: writes text at the current line, moves down, and starts a new page (with
/// an optional repeated heading) when the next block does not fit.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    public const double Left = 48;
    public const double Right = 595.28 - 48;
    private const double Top = 48;
    private const double Bottom = 841.89 - 48;

    private readonly PdfDocument _document;
    private XGraphics? _graphics;

    public PdfPageWriter(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    public XFont Regular { get; } = new(BillFonts.Family, 9);

    public XFont Bold { get; } = new(BillFonts.Family, 9, XFontStyleEx.Bold);

    public XFont Title { get; } = new(BillFonts.Family, 16, XFontStyleEx.Bold);

    public XFont Small { get; } = new(BillFonts.Family, 7);

    public XGraphics Graphics => _graphics!;

    /// <summary>The top of the current line.</summary>
    public double Y { get; private set; }

    /// <summary>Written at the top of each page that <see cref="EnsureSpace"/> starts (a table's column heads).</summary>
    public Action<PdfPageWriter>? PageHeading { get; set; }

    public void Text(string text, double x, XFont font, XStringAlignment alignment = XStringAlignment.Near, double? width = null)
    {
        var format = new XStringFormat { Alignment = alignment, LineAlignment = XLineAlignment.Near };
        var box = alignment == XStringAlignment.Far ? new XRect(x - (width ?? 0), Y, width ?? 0, font.Height) : new XRect(x, Y, width ?? 0, font.Height);
        Graphics.DrawString(Fit(text, font, width), font, XBrushes.Black, box, format);
    }

    public void Down(double points) => Y += points;

    public void Rule(double thickness = 0.5)
    {
        Graphics.DrawLine(new XPen(XColors.Gray, thickness), Left, Y, Right, Y);
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
            PageHeading?.Invoke(this);
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(595.28);
        page.Height = XUnit.FromPoint(841.89);
        _graphics = XGraphics.FromPdfPage(page);
        Y = Top;
    }

    /// <summary>The text, cut with an ellipsis where it would overrun <paramref name="width"/>.</summary>
    private string Fit(string text, XFont font, double? width)
    {
        if (width is not { } max || max <= 0 || Graphics.MeasureString(text, font).Width <= max)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && Graphics.MeasureString(text[..length] + "…", font).Width > max)
        {
            length--;
        }

        return text[..length] + "…";
    }
}
