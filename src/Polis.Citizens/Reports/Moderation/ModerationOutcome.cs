namespace Polis.Citizens.Reports.Moderation;

/// <summary>A moderation act as stored: the report after it, or the rules' refusal, or a conflict with another moderator.</summary>
public sealed record ModerationOutcome(ModeratedReport? Report, ModerationRefusal? Refusal, bool Conflict = false);
