namespace Polis.Citizens.Reports.Moderation;

/// <summary>The report after a moderation act (with the act appended to its audit), or why the act was refused.</summary>
public sealed record ModerationResult(ModeratedReport? Report, ModerationRefusal? Refusal)
{
    public bool Succeeded => Report is not null;

    public static ModerationResult Done(ModeratedReport report) => new(report, null);

    public static ModerationResult Refused(ModerationRefusal refusal) => new(null, refusal);
}
