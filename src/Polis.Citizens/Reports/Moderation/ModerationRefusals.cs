namespace Polis.Citizens.Reports.Moderation;

/// <summary>Problem-detail wording of <see cref="ModerationRefusal"/>.</summary>
public static class ModerationRefusals
{
    public static string Detail(ModerationRefusal refusal) => refusal switch
    {
        ModerationRefusal.ModeratorRequired => "Every moderation act names its moderator.",
        ModerationRefusal.ReasonRequired => "Every moderation act needs a reason.",
        ModerationRefusal.Unchanged => "The report is already in that visibility.",
        ModerationRefusal.RangeOutsideText => "A redacted range must lie within the report's description.",
        ModerationRefusal.NothingToRedact => "The ranges or words select nothing that is not already redacted.",
        ModerationRefusal.UnknownPhoto => "The photo is not one of this report's.",
        ModerationRefusal.PhotoAlreadyRedacted => "The photo is already redacted.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };
}
