using System.Buffers.Binary;
using System.Text;

namespace Polis.Transit.Tests.Gtfs;

/// <summary>Edits a zip's own claims about an entry, the way a zip bomb lies about how much it will expand.</summary>
internal static class ZipHeaders
{
    public static void ClaimUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size); // local file header
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, Math.Min(name.Length, zip.Length - i - 46)).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size); // central directory
            }
        }
    }
}
