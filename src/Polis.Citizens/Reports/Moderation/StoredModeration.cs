namespace Polis.Citizens.Reports.Moderation;

/// <summary>
/// A report's moderation state as stored beside it (the report's own text and photos are never changed):
/// hidden or not, the redacted ranges of its description, its redacted photos, and how many acts led here.
/// </summary>
public sealed record StoredModeration(bool Hidden, IReadOnlyList<TextRange> Redactions, IReadOnlyList<string> RedactedPhotos, int ActCount)
{
    /// <summary>A report no moderator has touched.</summary>
    public static StoredModeration None { get; } = new(false, [], [], 0);
}
