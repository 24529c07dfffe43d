namespace Polis.Citizens.EServices.Attachments;

/// <summary>
/// Recognises a PDF by its structure, not its name: the header <c>%PDF-1.x</c> or <c>%PDF-2.x</c> at the start and, in
/// the last 1024 bytes (where readers look, ISO 32000 7.5.5), <c>startxref</c> followed by <c>%%EOF</c>. A renamed
/// program or a PDF cut off in transit fails one of the two.
/// </summary>
public static class PdfCheck
{
    private const int TrailerWindow = 1024;

    public static bool HasHeader(ReadOnlySpan<byte> content) =>
        content.Length >= 8 && content[..5].SequenceEqual("%PDF-"u8) && content[5] is (byte)'1' or (byte)'2' && content[6] == (byte)'.' && char.IsAsciiDigit((char)content[7]);

    public static bool HasTrailer(ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - TrailerWindow)..];
        var end = tail.LastIndexOf("%%EOF"u8);
        if (end < 0)
        {
            return false;
        }

        var startxref = tail[..end].LastIndexOf("startxref"u8);
        return startxref >= 0 && tail[(startxref + 9)..end].Trim(" \r\n\t"u8) is { Length: > 0 } offset && IsDigits(offset);
    }

    private static bool IsDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }
}
