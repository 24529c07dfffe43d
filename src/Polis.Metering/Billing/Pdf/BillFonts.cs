using PdfSharp.Fonts;

namespace Polis.Metering.Billing.Pdf;

/// <summary>
/// The font of PDF bills. PDFsharp's core build finds no fonts by itself on Linux, so bills use the first TrueType
/// sans found among well-known places: DejaVu Sans (Debian's fonts-dejavu-core, on the machine image and installed by
/// .ci/run when missing), Liberation Sans, or Arial on Windows and macOS. Nothing is fetched from the network.
/// </summary>
internal static class BillFonts
{
    /// <summary>The family name bills ask PDFsharp for; only <see cref="BillFontResolver"/> knows it.</summary>
    public const string Family = "Polis Bill Sans";

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf", "/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf"),
        (@"C:\Windows\Fonts\arial.ttf", @"C:\Windows\Fonts\arialbd.ttf"),
        ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ];

    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Registers the bill font with PDFsharp once per process (PDFsharp's resolvers are process-wide).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            var (regular, bold) = Candidates.FirstOrDefault(c => File.Exists(c.Regular) && File.Exists(c.Bold));
            if (regular is null)
            {
                throw new InvalidOperationException(
                    "PDF bills need a TrueType sans font and none was found: install Debian's fonts-dejavu-core (or fonts-liberation). Looked for "
                    + string.Join(", ", Candidates.Select(c => c.Regular)) + ".");
            }

            var resolver = new BillFontResolver(regular, bold);
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = resolver;
            }
            else if (GlobalFontSettings.FallbackFontResolver is null)
            {
                // Another part of the process installed its own resolver: ours answers what that one does not.
                GlobalFontSettings.FallbackFontResolver = resolver;
            }
            else
            {
                throw new InvalidOperationException("PDFsharp already has a font resolver and a fallback resolver; the bill font cannot be registered.");
            }

            _installed = true;
        }
    }
}
