namespace Polis.Citizens.Reports.Moderation;

/// <summary>One moderation act, kept for audit: what, by whom, when, why, and on what (photo id or redacted ranges).</summary>
public sealed record ModerationAct(ModerationActKind Kind, string Moderator, DateTimeOffset At, string Reason, string? Detail = null);
