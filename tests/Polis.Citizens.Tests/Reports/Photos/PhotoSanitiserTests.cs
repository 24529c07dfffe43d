using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using Polis.Citizens.Reports.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace Polis.Citizens.Tests.Reports.Photos;

public sealed class PhotoSanitiserTests
{
    private readonly PhotoSanitiser _sanitiser = new(new PhotoOptions());

    private static IReadOnlyList<MetadataExtractor.Directory> Read(byte[] photo)
    {
        using var stream = new MemoryStream(photo);
        return ImageMetadataReader.ReadMetadata(stream);
    }

    private static string AllTags(byte[] photo) =>
        string.Join("\n", Read(photo).SelectMany(d => d.Tags).Select(t => $"{t.DirectoryName}/{t.Name}={t.Description}"));

    private SanitisedPhoto Accepted(byte[] upload)
    {
        var result = _sanitiser.Sanitise(upload);
        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        return result.Photo!;
    }

    [Fact]
    public void Sanitise_JpegWithGps_DropsExifXmpIptcAndKeepsThePicture()
    {
        var upload = TestPhotos.Make(new JpegEncoder { Quality = 95 });
        Assert.NotEmpty(Read(upload).OfType<GpsDirectory>());
        Assert.Contains(TestPhotos.Camera, AllTags(upload), StringComparison.Ordinal);

        var photo = Accepted(upload);

        var directories = Read(photo.Content);
        Assert.Empty(directories.OfType<GpsDirectory>());
        Assert.Empty(directories.OfType<ExifIfd0Directory>());
        Assert.Empty(directories.OfType<ExifSubIfdDirectory>());
        Assert.Empty(directories.OfType<XmpDirectory>());
        Assert.Empty(directories.OfType<IptcDirectory>());
        Assert.DoesNotContain(TestPhotos.Camera, AllTags(photo.Content), StringComparison.Ordinal);
        Assert.DoesNotContain(TestPhotos.Place, AllTags(photo.Content), StringComparison.Ordinal);
        Assert.Equal(("image/jpeg", PhotoFormat.Jpeg), (photo.ContentType, PhotoFormats.Sniff(photo.Content)));
    }

    [Fact]
    public void Sanitise_SidewaysJpeg_AppliesTheOrientation()
    {
        var photo = Accepted(TestPhotos.Make(new JpegEncoder { Quality = 95 }));

        using var image = Image.Load<Rgb24>(photo.Content);
        Assert.Equal((32, 64), (photo.Width, photo.Height));
        Assert.Equal((32, 64), (image.Width, image.Height));

        // Turned a quarter clockwise: the red left half is now the top.
        Assert.True(image[16, 8].R > 180 && image[16, 8].B < 80, $"top is {image[16, 8]}");
        Assert.True(image[16, 56].B > 180 && image[16, 56].R < 80, $"bottom is {image[16, 56]}");
        Assert.Null(image.Metadata.ExifProfile);
    }

    [Fact]
    public void Sanitise_PngWithTextAndExif_KeepsPixelsExactlyAndNoMetadata()
    {
        var upload = TestPhotos.Make(new PngEncoder());
        Assert.Contains(TestPhotos.Place, AllTags(upload), StringComparison.Ordinal);

        var photo = Accepted(upload);

        Assert.Equal(PhotoFormat.Png, photo.Format);
        Assert.Empty(Read(photo.Content).OfType<GpsDirectory>());
        Assert.DoesNotContain(TestPhotos.Place, AllTags(photo.Content), StringComparison.Ordinal);
        Assert.DoesNotContain(TestPhotos.Camera, AllTags(photo.Content), StringComparison.Ordinal);
        using var image = Image.Load<Rgb24>(photo.Content);
        Assert.Equal(new Rgb24(230, 20, 20), image[16, 8]);
        Assert.Equal(new Rgb24(20, 20, 230), image[16, 56]);
    }

    [Fact]
    public void Sanitise_Webp_IsAcceptedAsWebpUnlessTurnedOff()
    {
        var upload = TestPhotos.Make(new WebpEncoder(), withMetadata: false);

        var photo = Accepted(upload);

        Assert.Equal(("image/webp", 64, 32), (photo.ContentType, photo.Width, photo.Height));
        Assert.Equal(PhotoFormat.Webp, PhotoFormats.Sniff(photo.Content));
        Assert.Equal(PhotoRefusal.UnsupportedType, new PhotoSanitiser(new PhotoOptions { AcceptWebp = false }).Sanitise(upload).Refusal);
    }

    [Fact]
    public void Sanitise_NotAnImage_IsRefusedByContent()
    {
        Assert.Equal(PhotoRefusal.UnsupportedType, _sanitiser.Sanitise("%PDF-1.7\n1 0 obj\n"u8.ToArray()).Refusal);
        Assert.Equal(PhotoRefusal.UnsupportedType, _sanitiser.Sanitise("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray()).Refusal);
        Assert.Equal(PhotoRefusal.UnsupportedType, _sanitiser.Sanitise(TestPhotos.Make(new GifEncoder(), withMetadata: false)).Refusal);
        Assert.Equal(PhotoRefusal.Empty, _sanitiser.Sanitise([]).Refusal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Sanitise_TruncatedJpegOrPng_IsRefused(double kept)
    {
        foreach (var whole in new[] { TestPhotos.Make(new JpegEncoder()), TestPhotos.Make(new PngEncoder()) })
        {
            var cut = whole[..(int)(whole.Length * kept)];

            Assert.Equal(PhotoRefusal.Truncated, _sanitiser.Sanitise(cut).Refusal);
        }
    }

    [Fact]
    public void Sanitise_PngHeaderOf30000Squared_IsRefusedFromTheHeaderBeforeDecoding()
    {
        var bomb = TestPhotos.PngHeaderOnly(30_000, 30_000);

        // Decoding would allocate 2.7 GB and then fail on the missing data; the header alone settles it.
        Assert.True(bomb.Length < 100);
        Assert.Equal(PhotoRefusal.TooManyPixels, _sanitiser.Sanitise(bomb).Refusal);
    }

    [Fact]
    public void Sanitise_OverTheConfiguredLimits_IsRefused()
    {
        var photo = TestPhotos.Make(new JpegEncoder());

        Assert.Equal(PhotoRefusal.TooManyBytes, new PhotoSanitiser(new PhotoOptions { MaxBytes = photo.Length - 1 }).Sanitise(photo).Refusal);
        Assert.Equal(PhotoRefusal.TooManyPixels, new PhotoSanitiser(new PhotoOptions { MaxDimension = 63 }).Sanitise(photo).Refusal);
        Assert.Equal(PhotoRefusal.TooManyPixels, new PhotoSanitiser(new PhotoOptions { MaxPixels = 2047 }).Sanitise(photo).Refusal);
        Assert.True(new PhotoSanitiser(new PhotoOptions { MaxBytes = photo.Length, MaxDimension = 64, MaxPixels = 2048 }).Sanitise(photo).Succeeded);
    }

    [Fact]
    public void Sanitise_BrokenButCompleteContainers_AreRefusedNotThrown()
    {
        Assert.Equal(PhotoRefusal.Unreadable, _sanitiser.Sanitise([0xFF, 0xD8, 0xFF, 0xD9]).Refusal);
        Assert.Equal(PhotoRefusal.Animated, _sanitiser.Sanitise(TestPhotos.AnimatedWebpHeader()).Refusal);

        var png = TestPhotos.Make(new PngEncoder(), withMetadata: false);
        png[20] ^= 0xFF; // inside IHDR: its CRC no longer matches
        Assert.NotNull(_sanitiser.Sanitise(png).Refusal);
    }

    [Fact]
    public void Refusals_EveryRefusal_HasTitleAndDetail()
    {
        foreach (var refusal in Enum.GetValues<PhotoRefusal>())
        {
            Assert.False(string.IsNullOrWhiteSpace(PhotoRefusals.Title(refusal)));
            Assert.EndsWith(".", PhotoRefusals.Detail(refusal, _sanitiser.Options), StringComparison.Ordinal);
        }
    }
}
