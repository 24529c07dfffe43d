using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace Polis.Citizens.Tests.Reports.Photos;

/// <summary>Photos made in the test, as a phone would send them: a GPS position, a camera name, XMP, IPTC and a rotation.</summary>
internal static class TestPhotos
{
    public const string Camera = "Polis test camera";
    public const string Place = "Raadhuspladsen";

    /// <summary>A 64×32 photo, red left half and blue right half, stored sideways: EXIF orientation 6 turns it upright (32×64, red on top).</summary>
    public static byte[] Make(IImageEncoder encoder, int width = 64, int height = 32, bool withMetadata = true)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = x < width / 2 ? new Rgb24(230, 20, 20) : new Rgb24(20, 20, 230);
                }
            }
        });
        if (withMetadata)
        {
            AddMetadata(image);
        }

        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }

    private static void AddMetadata(Image image)
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, Camera);
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(55, 1), new Rational(40, 1), new Rational(3396, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(12, 1), new Rational(34, 1), new Rational(588, 100)]);
        image.Metadata.ExifProfile = exif;

        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.City, Place);
        image.Metadata.IptcProfile = iptc;
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            $"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" photoshop:City=\"{Place}\"/></rdf:RDF></x:xmpmeta>"));
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Location", Place, "", ""));
    }

    /// <summary>A well-formed PNG whose header claims <paramref name="width"/>×<paramref name="height"/> pixels but carries almost no data.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>The smallest animated WebP container: a VP8X header flagged animated and an ANIM chunk.</summary>
    public static byte[] AnimatedWebpHeader()
    {
        byte[] vp8x = [0x02, 0, 0, 0, 9, 0, 0, 9, 0, 0];
        byte[] anim = [0, 0, 0, 0, 0, 0];
        using var body = new MemoryStream();
        body.Write("WEBP"u8);
        body.Write("VP8X"u8);
        body.Write(BitConverter.GetBytes(vp8x.Length));
        body.Write(vp8x);
        body.Write("ANIM"u8);
        body.Write(BitConverter.GetBytes(anim.Length));
        body.Write(anim);
        return [.. "RIFF"u8, .. BitConverter.GetBytes((int)body.Length), .. body.ToArray()];
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(typed));
        output.Write(length);
        output.Write(typed);
        output.Write(crc);
    }
}
