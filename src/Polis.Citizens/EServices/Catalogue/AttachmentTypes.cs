namespace Polis.Citizens.EServices.Catalogue;

/// <summary>The attachment types an e-service may accept; each is recognised by content, never by name or declared type.</summary>
public static class AttachmentTypes
{
    public const string Pdf = "pdf";
    public const string Jpeg = "jpeg";
    public const string Png = "png";

    public static IReadOnlyList<string> All { get; } = [Pdf, Jpeg, Png];

    public static string ContentType(string type) => type switch
    {
        Pdf => "application/pdf",
        Jpeg => "image/jpeg",
        Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
