using System.Buffers.Binary;

namespace Polis.Citizens.Reports.Photos;

/// <summary>
/// Structural checks of a photo's container, before any pixel is decoded. Decoders are lenient with a cut-off upload
/// (a JPEG missing its tail decodes to a grey lower half), so completeness is checked here: the file must reach its
/// end marker (JPEG EOI, PNG IEND) or its declared RIFF size (WebP).
/// </summary>
internal static class PhotoContainer
{
    public static bool IsComplete(PhotoFormat format, ReadOnlySpan<byte> content) => format switch
    {
        PhotoFormat.Jpeg => JpegReachesEnd(content),
        PhotoFormat.Png => PngReachesEnd(content),
        PhotoFormat.Webp => content.Length >= 8 && 8L + BinaryPrimitives.ReadUInt32LittleEndian(content[4..]) <= content.Length,
        _ => false,
    };

    /// <summary>True for a WebP with an animation chunk: each frame would be decoded, so animations are not accepted.</summary>
    public static bool IsAnimatedWebp(ReadOnlySpan<byte> content)
    {
        for (long at = 12; at + 8 <= content.Length;)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(content[(int)(at + 4)..]);
            if (content.Slice((int)at, 4).SequenceEqual("ANIM"u8))
            {
                return true;
            }

            at += 8 + size + (size & 1);
        }

        return false;
    }

    /// <summary>Walks the JPEG's segments and entropy-coded scans until the end-of-image marker.</summary>
    private static bool JpegReachesEnd(ReadOnlySpan<byte> content)
    {
        var at = 2;
        while (at < content.Length)
        {
            if (content[at] != 0xFF)
            {
                return false;
            }

            while (at < content.Length && content[at] == 0xFF)
            {
                at++; // fill bytes may precede a marker
            }

            if (at >= content.Length)
            {
                return false;
            }

            var marker = content[at++];
            if (marker == 0xD9)
            {
                return true;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // markers without a length
            }

            if (at + 2 > content.Length)
            {
                return false;
            }

            var end = at + BinaryPrimitives.ReadUInt16BigEndian(content[at..]);
            if (end > content.Length)
            {
                return false;
            }

            at = marker == 0xDA ? ScanEnd(content, end) : end;
        }

        return false;
    }

    /// <summary>The position of the first marker after a scan's entropy-coded data (stuffed 0xFF00 and restarts are data).</summary>
    private static int ScanEnd(ReadOnlySpan<byte> content, int at)
    {
        while (at + 1 < content.Length)
        {
            // IndexOf is vectorised: scans are megabytes, and 0xFF is rare in them.
            var next = content[at..].IndexOf((byte)0xFF);
            if (next < 0 || at + next + 1 >= content.Length)
            {
                break;
            }

            at += next;
            if (content[at + 1] != 0x00 && content[at + 1] is not (>= 0xD0 and <= 0xD7))
            {
                return at;
            }

            at++;
        }

        return content.Length;
    }

    private static bool PngReachesEnd(ReadOnlySpan<byte> content)
    {
        for (long at = 8; at + 12 <= content.Length;)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(content[(int)at..]);
            var next = at + 12 + length;
            if (next > content.Length)
            {
                return false;
            }

            if (content.Slice((int)at + 4, 4).SequenceEqual("IEND"u8))
            {
                return true;
            }

            at = next;
        }

        return false;
    }
}
