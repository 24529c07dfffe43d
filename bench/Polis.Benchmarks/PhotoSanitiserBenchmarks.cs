using BenchmarkDotNet.Attributes;
using Polis.Citizens.Reports.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Polis.Benchmarks;

/// <summary>
/// Sanitising a resident's photo as a phone sends it: 4032×3024 (12 MP) JPEG at quality 90 with an EXIF profile
/// (camera, GPS position, orientation 1), its content a gradient with noise so it compresses like a photo. Peer in the
/// same run: ImageSharp's bare decode and re-encode of the same bytes (the floor: no checks, metadata left in). Also:
/// the refusal of a 30000×30000 PNG header (a decompression bomb) and of the same JPEG cut in half.
/// </summary>
[MemoryDiagnoser]
public class PhotoSanitiserBenchmarks
{
    private readonly PhotoSanitiser _sanitiser = new(new PhotoOptions());
    private byte[] _photo = null!;
    private byte[] _cut = null!;
    private byte[] _bomb = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var image = new Image<Rgb24>(4032, 3024);
        var random = new Random(42);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var noise = random.Next(-12, 13);
                    row[x] = new Rgb24((byte)Math.Clamp((x / 16) + noise, 0, 255), (byte)Math.Clamp((y / 12) + noise, 0, 255), (byte)Math.Clamp(128 + noise, 0, 255));
                }
            }
        });
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, "Bench phone");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(55, 1), new Rational(40, 1), new Rational(3396, 100)]);
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        _photo = output.ToArray();
        _cut = _photo[..(_photo.Length / 2)];
        _bomb = PngHeader(30_000, 30_000);
        Console.WriteLine($"// photo: {_photo.Length:N0} bytes; sanitised: {_sanitiser.Sanitise(_photo).Photo!.Content.Length:N0} bytes");
    }

    [Benchmark(Baseline = true, Description = "peer: ImageSharp load + save JPEG q90")]
    public int BareReencode()
    {
        using var image = Image.Load(_photo);
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return (int)output.Length;
    }

    [Benchmark(Description = "PhotoSanitiser.Sanitise 12 MP JPEG")]
    public int Sanitise() => _sanitiser.Sanitise(_photo).Photo!.Content.Length;

    [Benchmark(Description = "refuse 30000x30000 PNG header")]
    public PhotoRefusal? RefuseBomb() => _sanitiser.Sanitise(_bomb).Refusal;

    [Benchmark(Description = "refuse JPEG cut in half")]
    public PhotoRefusal? RefuseTruncated() => _sanitiser.Sanitise(_cut).Refusal;

    /// <summary>A PNG with a real IHDR for the given size, an empty IDAT and IEND (CRCs computed), 65 bytes.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "IDAT"u8, [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, ReadOnlySpan<byte> type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        byte[] typed = [.. type, .. data];
        png.Write(typed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(number, System.IO.Hashing.Crc32.HashToUInt32(typed));
        png.Write(number);
    }
}
