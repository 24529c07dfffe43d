using System.Buffers.Binary;
using System.Text;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>
/// A real PNG for the report page: a screenshot Chromium takes in the test, with a text chunk naming where it was taken
/// (as a phone's camera app may write), so the test can check the stored photo comes out without it.
/// </summary>
internal static class MyReportPhoto
{
    public const string Location = "GPS 55.6761N 12.5683E";

    /// <summary><paramref name="png"/> with a tEXt chunk holding <see cref="Location"/> right after its header chunk.</summary>
    public static byte[] WithLocation(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        const int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, then IHDR's length, type, 13 data bytes and CRC
        var data = Encoding.Latin1.GetBytes("Comment\0" + Location);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes("tEXt").CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return [.. png[..afterHeader], .. chunk, .. png[afterHeader..]];
    }

    // PNG's CRC-32 (ISO 3309, reflected polynomial 0xEDB88320) over a chunk's type and data.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
