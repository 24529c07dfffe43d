namespace Polis.Citizens.Reports.Moderation.Api;

/// <summary>
/// A report's moderation for staff: whether it is hidden, the public description beside the redacted ranges of the
/// original, its photos and which are redacted, and every act (who, when, why, on what).
/// </summary>
public sealed record ModerationResponse(
    long ReportId, bool Hidden, string PublicDescription, IReadOnlyList<TextRange> Redactions, IReadOnlyList<string> PhotoIds, IReadOnlyList<string> RedactedPhotos,
    IReadOnlyList<ModerationAct> Acts)
{
    public static ModerationResponse From(long reportId, ModeratedReport moderated)
    {
        ArgumentNullException.ThrowIfNull(moderated);
        return new(reportId, moderated.Hidden, moderated.PublicDescription, moderated.Redactions, moderated.PhotoIds, [.. moderated.RedactedPhotos], moderated.Acts);
    }
}
