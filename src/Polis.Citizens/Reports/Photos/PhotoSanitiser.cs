using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Processing;

namespace Polis.Citizens.Reports.Photos;

/// <summary>
/// Validates a resident's photo and re-encodes it without metadata. In order, each before the costlier next step:
/// size in bytes; type by content (JPEG, PNG, WebP); a complete container; dimensions from the header alone
/// (<c>Image.Identify</c>, so a decompression bomb is refused before a pixel is allocated); then decoding, applying
/// the EXIF orientation, dropping EXIF (with GPS), XMP, IPTC, PNG text and (unless kept) ICC, and encoding afresh.
/// </summary>
public sealed class PhotoSanitiser
{
    private readonly Configuration _configuration;

    public PhotoSanitiser(PhotoOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));

        // Only the accepted decoders: ImageSharp's BMP, GIF, TGA, TIFF and PBM decoders never see an upload.
        _configuration = options.AcceptWebp
            ? new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
            : new Configuration(new JpegConfigurationModule(), new PngConfigurationModule());
    }

    public PhotoOptions Options { get; }

    public PhotoResult Sanitise(byte[] upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (Precheck(upload) is { } refused)
        {
            return PhotoResult.Refused(refused);
        }

        var format = PhotoFormats.Sniff(upload)!.Value;
        try
        {
            var info = Image.Identify(_configuration, upload, out _);
            if (info is null)
            {
                return PhotoResult.Refused(PhotoRefusal.Unreadable);
            }

            if (!FitsLimits(info.Width, info.Height))
            {
                return PhotoResult.Refused(PhotoRefusal.TooManyPixels);
            }

            using var image = Image.Load(_configuration, upload);
            image.Mutate(x => x.AutoOrient());
            StripMetadata(image);
            using var output = new MemoryStream();
            image.Save(output, Encoder(format));
            return PhotoResult.Accepted(new SanitisedPhoto(output.ToArray(), format, image.Width, image.Height));
        }
        catch (Exception e) when (e is ImageFormatException or InvalidMemoryOperationException or NotSupportedException or ArgumentException)
        {
            // Broken content surfaces in many shapes from the decoders; none may crash the caller.
            return PhotoResult.Refused(PhotoRefusal.Unreadable);
        }
    }

    /// <summary>The refusals that need no decoding: size, type, animation, a cut-off container.</summary>
    private PhotoRefusal? Precheck(byte[] upload)
    {
        if (upload.Length == 0)
        {
            return PhotoRefusal.Empty;
        }

        if (upload.Length > Options.MaxBytes)
        {
            return PhotoRefusal.TooManyBytes;
        }

        var format = PhotoFormats.Sniff(upload);
        if (format is null || (format == PhotoFormat.Webp && !Options.AcceptWebp))
        {
            return PhotoRefusal.UnsupportedType;
        }

        return format == PhotoFormat.Webp && PhotoContainer.IsAnimatedWebp(upload) ? PhotoRefusal.Animated
            : !PhotoContainer.IsComplete(format.Value, upload) ? PhotoRefusal.Truncated
            : null;
    }

    private bool FitsLimits(int width, int height) =>
        width > 0 && height > 0 && width <= Options.MaxDimension && height <= Options.MaxDimension && (long)width * height <= Options.MaxPixels;

    /// <summary>Drops every profile the encoders would write back, on the image and on each frame (they keep their own).</summary>
    private void StripMetadata(Image image)
    {
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        metadata.XmpProfile = null;
        metadata.IptcProfile = null;
        metadata.IccProfile = Options.KeepColourProfile ? metadata.IccProfile : null;
        metadata.GetPngMetadata().TextData.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = Options.KeepColourProfile ? frame.Metadata.IccProfile : null;
        }
    }

    private IImageEncoder Encoder(PhotoFormat format) => format switch
    {
        PhotoFormat.Jpeg => new JpegEncoder { Quality = Options.Quality },
        PhotoFormat.Png => new PngEncoder(),
        _ => new WebpEncoder { Quality = Options.Quality },
    };
}
