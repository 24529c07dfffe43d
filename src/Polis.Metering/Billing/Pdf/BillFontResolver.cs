using PdfSharp.Fonts;

namespace Polis.Metering.Billing.Pdf;

/// <summary>Answers PDFsharp's font requests for <see cref="BillFonts.Family"/> from two font files, read once.</summary>
internal sealed class BillFontResolver(string regularPath, string boldPath) : IFontResolver
{
    private const string RegularFace = "polis-bill-regular";
    private const string BoldFace = "polis-bill-bold";
    private readonly Lazy<byte[]> _regular = new(() => File.ReadAllBytes(regularPath));
    private readonly Lazy<byte[]> _bold = new(() => File.ReadAllBytes(boldPath));

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, BillFonts.Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(isBold ? BoldFace : RegularFace, false, isItalic)
            : null;

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => _regular.Value,
        BoldFace => _bold.Value,
        _ => null,
    };
}
