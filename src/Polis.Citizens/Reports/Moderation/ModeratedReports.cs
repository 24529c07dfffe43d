using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Moderation;

/// <summary>
/// A stored report seen through its moderation: what <see cref="ReportModeration"/> acts on, and what public reads show.
/// A report's photo is its media_url: the media id when it is one of ours (/open311/v2/media/{id}), else the URL itself.
/// </summary>
public static class ModeratedReports
{
    private const string OwnMediaPath = "/open311/v2/media/";

    public static ModeratedReport From(Report report, StoredModeration? stored, IEnumerable<ModerationAct>? acts = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var state = stored ?? StoredModeration.None;
        return new ModeratedReport(Id(report), report.Description ?? string.Empty, PhotoIds(report))
        {
            Hidden = state.Hidden,
            Redactions = state.Redactions,
            RedactedPhotos = [.. state.RedactedPhotos],
            Acts = [.. acts ?? []],
        };
    }

    public static StoredModeration State(ModeratedReport moderated)
    {
        ArgumentNullException.ThrowIfNull(moderated);
        return new StoredModeration(moderated.Hidden, moderated.Redactions, [.. moderated.RedactedPhotos], moderated.Acts.Count);
    }

    /// <summary>The photos of our own media store the public may not fetch: the redacted ones, or all while hidden.</summary>
    public static IReadOnlyList<string> WithheldMedia(ModeratedReport moderated)
    {
        ArgumentNullException.ThrowIfNull(moderated);
        return [.. (moderated.Hidden ? moderated.PhotoIds : moderated.RedactedPhotos).Where(p => !p.Contains('/', StringComparison.Ordinal))];
    }

    public static IReadOnlyList<string> PhotoIds(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrWhiteSpace(report.MediaUrl))
        {
            return [];
        }

        var at = report.MediaUrl.IndexOf(OwnMediaPath, StringComparison.Ordinal);
        return [at >= 0 ? report.MediaUrl[(at + OwnMediaPath.Length)..] : report.MediaUrl];
    }

    /// <summary>The description the public sees: redacted ranges replaced; null stays null.</summary>
    public static string? PublicDescription(Report report, ModeratedReport? moderated)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Description is null || moderated is null ? report.Description : moderated.PublicDescription;
    }

    /// <summary>The media_url the public sees: none once its photo is redacted.</summary>
    public static string? PublicMediaUrl(Report report, ModeratedReport? moderated)
    {
        ArgumentNullException.ThrowIfNull(report);
        return moderated is not null && moderated.PublicPhotoIds.Count < moderated.PhotoIds.Count ? null : report.MediaUrl;
    }

    private static string Id(Report report) => report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
