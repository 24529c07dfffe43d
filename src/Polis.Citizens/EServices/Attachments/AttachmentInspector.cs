using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.EServices.Requests;
using Polis.Citizens.Reports.Photos;

namespace Polis.Citizens.EServices.Attachments;

/// <summary>
/// Judges one uploaded file against the attachment rule it is sent for, by content alone: a PDF by its header and
/// trailer (<see cref="PdfCheck"/>), a JPEG or PNG through the reports' <see cref="PhotoSanitiser"/>, which also
/// re-encodes it without EXIF/GPS, XMP, IPTC or text metadata (the clean copy is what is stored). Declared content
/// types and file extensions are ignored.
/// </summary>
public sealed class AttachmentInspector(PhotoSanitiser photos)
{
    public const int MaxFileNameLength = 200;

    /// <summary>The attachment to store, or why the file is refused (worded for the resident).</summary>
    public (NewAttachment? Attachment, string? Error) Inspect(AttachmentRule rule, string? fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(content);
        var allowed = string.Join(", ", rule.AllowedTypes);
        if (content.Length == 0)
        {
            return (null, "The file is empty.");
        }

        var type = Sniff(content);
        if (type is null || !rule.AllowedTypes.Contains(type))
        {
            var seen = type ?? (PdfCheck.HasHeader(content) ? AttachmentTypes.Pdf : "unrecognised content");
            return (null, $"The file is {seen}, judged by its content; '{rule.Name}' accepts {allowed}.");
        }

        var name = CleanName(fileName, type);
        if (type == AttachmentTypes.Pdf)
        {
            return PdfCheck.HasTrailer(content)
                ? (new NewAttachment(rule.Name, name, AttachmentTypes.ContentType(type), content), null)
                : (null, "The PDF has no trailer (startxref and %%EOF at its end): it is cut off or not a PDF.");
        }

        var photo = photos.Sanitise(content);
        return photo.Photo is { } clean
            ? (new NewAttachment(rule.Name, name, clean.ContentType, clean.Content), null)
            : (null, PhotoRefusals.Detail(photo.Refusal!.Value, photos.Options));
    }

    /// <summary>pdf, jpeg or png by the first bytes; null otherwise (a WebP is not an attachment type).</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (PdfCheck.HasHeader(content))
        {
            return AttachmentTypes.Pdf;
        }

        return PhotoFormats.Sniff(content) switch
        {
            PhotoFormat.Jpeg => AttachmentTypes.Jpeg,
            PhotoFormat.Png => AttachmentTypes.Png,
            _ => null,
        };
    }

    /// <summary>The base name without directories or control characters, at most 200 characters; a neutral name when nothing is left.</summary>
    public static string CleanName(string? fileName, string type)
    {
        var baseName = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var clean = new string(baseName.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\')).ToArray()).Trim();
        if (clean.Length > MaxFileNameLength)
        {
            clean = clean[..MaxFileNameLength];
        }

        return clean.Length == 0 ? $"attachment.{type}" : clean;
    }
}
