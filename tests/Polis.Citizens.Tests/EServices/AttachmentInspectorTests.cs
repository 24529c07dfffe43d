using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Polis.Citizens.EServices.Attachments;
using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.Reports.Photos;
using Polis.Citizens.Tests.Reports.Photos;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;

namespace Polis.Citizens.Tests.EServices;

public sealed class AttachmentInspectorTests
{
    private static readonly AttachmentRule PdfOnly = new("site-plan", null, [AttachmentTypes.Pdf], true);
    private static readonly AttachmentRule Photos = new("photo", null, [AttachmentTypes.Jpeg, AttachmentTypes.Png], false);

    private readonly AttachmentInspector _inspector = new(new PhotoSanitiser(new PhotoOptions()));

    [Fact]
    public void Inspect_RealPdf_AcceptedUnchanged()
    {
        var pdf = TestDocuments.Pdf();

        var (attachment, error) = _inspector.Inspect(PdfOnly, "plan.pdf", pdf);

        Assert.Null(error);
        Assert.Equal(("site-plan", "plan.pdf", "application/pdf"), (attachment!.Rule, attachment.FileName, attachment.ContentType));
        Assert.Equal(pdf, attachment.Content);
    }

    [Fact]
    public void Inspect_ExecutableRenamedPdf_RefusedByContent()
    {
        var (attachment, error) = _inspector.Inspect(PdfOnly, "plan.pdf", TestDocuments.Executable());

        Assert.Null(attachment);
        Assert.Equal("The file is unrecognised content, judged by its content; 'site-plan' accepts pdf.", error);
    }

    [Fact]
    public void Inspect_PdfWithoutTrailer_Refused()
    {
        var (attachment, error) = _inspector.Inspect(PdfOnly, "plan.pdf", TestDocuments.TruncatedPdf());

        Assert.Null(attachment);
        Assert.Contains("no trailer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PhotoWhereOnlyPdfAllowed_Refused()
    {
        var (_, error) = _inspector.Inspect(PdfOnly, "plan.pdf", TestPhotos.Make(new PngEncoder()));

        Assert.Equal("The file is png, judged by its content; 'site-plan' accepts pdf.", error);
    }

    [Fact]
    public void Inspect_PdfWhereOnlyPhotosAllowed_Refused()
    {
        var (_, error) = _inspector.Inspect(Photos, "site.jpg", TestDocuments.Pdf());

        Assert.Equal("The file is pdf, judged by its content; 'photo' accepts jpeg, png.", error);
    }

    [Fact]
    public void Inspect_JpegWithGps_StoredWithoutExif()
    {
        var upload = TestPhotos.Make(new JpegEncoder());
        Assert.NotEmpty(Read(upload).OfType<GpsDirectory>());

        var (attachment, error) = _inspector.Inspect(Photos, "site.jpg", upload);

        Assert.Null(error);
        Assert.Equal("image/jpeg", attachment!.ContentType);
        var directories = Read(attachment.Content);
        Assert.Empty(directories.OfType<GpsDirectory>());
        Assert.Empty(directories.OfType<ExifIfd0Directory>());
    }

    [Fact]
    public void Inspect_EmptyFile_Refused() => Assert.Equal("The file is empty.", _inspector.Inspect(PdfOnly, "plan.pdf", []).Error);

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\ada\\plan.pdf", "plan.pdf")]
    [InlineData("pl\u0000an\".pdf", "plan.pdf")]
    [InlineData("", "attachment.pdf")]
    [InlineData(null, "attachment.pdf")]
    public void CleanName_DropsDirectoriesAndControlCharacters(string? given, string expected) => Assert.Equal(expected, AttachmentInspector.CleanName(given, "pdf"));

    private static IReadOnlyList<MetadataExtractor.Directory> Read(byte[] photo)
    {
        using var stream = new MemoryStream(photo);
        return ImageMetadataReader.ReadMetadata(stream);
    }
}
