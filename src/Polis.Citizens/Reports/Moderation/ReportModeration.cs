using System.Globalization;

namespace Polis.Citizens.Reports.Moderation;

/// <summary>
/// Moderation acts on a report: hide or unhide it, redact ranges or words of its description, redact a photo. The
/// original text and photos are never changed; each act names its moderator and reason and is appended to the audit
/// with the time of <paramref name="clock"/>.
/// </summary>
public sealed class ReportModeration(TimeProvider clock)
{
    public ModerationResult Hide(ModeratedReport report, string moderator, string reason) =>
        SetHidden(report, true, moderator, reason);

    public ModerationResult Unhide(ModeratedReport report, string moderator, string reason) =>
        SetHidden(report, false, moderator, reason);

    /// <summary>Redacts the given ranges of the original description (the ranges a moderator selected).</summary>
    public ModerationResult RedactRanges(ModeratedReport report, IReadOnlyCollection<TextRange> ranges, string moderator, string reason)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(ranges);
        if (Unattributed(moderator, reason) is { } refused)
        {
            return ModerationResult.Refused(refused);
        }

        if (ranges.Any(r => r.Start < 0 || r.Length < 0 || r.End > report.Description.Length))
        {
            return ModerationResult.Refused(ModerationRefusal.RangeOutsideText);
        }

        var merged = TextRedactor.Merge([.. report.Redactions, .. ranges]);
        if (merged.SequenceEqual(report.Redactions))
        {
            return ModerationResult.Refused(ModerationRefusal.NothingToRedact);
        }

        var detail = string.Join(',', TextRedactor.Merge(ranges).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Start}+{r.Length}")));
        return Done(report with { Redactions = merged }, ModerationActKind.RedactText, moderator, reason, detail);
    }

    /// <summary>Redacts every whole-word occurrence of <paramref name="words"/> (names, phone numbers, insults).</summary>
    public ModerationResult RedactWords(ModeratedReport report, IEnumerable<string> words, string moderator, string reason)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RedactRanges(report, TextRedactor.FindWords(report.Description, words), moderator, reason);
    }

    /// <summary>Takes photo <paramref name="photoId"/> off the public report; the stored photo stays for staff.</summary>
    public ModerationResult RedactPhoto(ModeratedReport report, string photoId, string moderator, string reason)
    {
        ArgumentNullException.ThrowIfNull(report);
        var refusal = Unattributed(moderator, reason)
            ?? (!report.PhotoIds.Contains(photoId) ? ModerationRefusal.UnknownPhoto
                : report.RedactedPhotos.Contains(photoId) ? ModerationRefusal.PhotoAlreadyRedacted
                : null);
        return refusal is { } refused
            ? ModerationResult.Refused(refused)
            : Done(report with { RedactedPhotos = report.RedactedPhotos.Add(photoId) }, ModerationActKind.RedactPhoto, moderator, reason, photoId);
    }

    private ModerationResult SetHidden(ModeratedReport report, bool hidden, string moderator, string reason)
    {
        ArgumentNullException.ThrowIfNull(report);
        var refusal = Unattributed(moderator, reason) ?? (report.Hidden == hidden ? ModerationRefusal.Unchanged : null);
        return refusal is { } refused
            ? ModerationResult.Refused(refused)
            : Done(report with { Hidden = hidden }, hidden ? ModerationActKind.Hide : ModerationActKind.Unhide, moderator, reason, null);
    }

    private static ModerationRefusal? Unattributed(string moderator, string reason) =>
        string.IsNullOrWhiteSpace(moderator) ? ModerationRefusal.ModeratorRequired
        : string.IsNullOrWhiteSpace(reason) ? ModerationRefusal.ReasonRequired
        : null;

    private ModerationResult Done(ModeratedReport report, ModerationActKind kind, string moderator, string reason, string? detail) =>
        ModerationResult.Done(report with { Acts = report.Acts.Add(new ModerationAct(kind, moderator.Trim(), clock.GetUtcNow(), reason.Trim(), detail)) });
}
