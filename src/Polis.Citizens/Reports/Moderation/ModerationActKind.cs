namespace Polis.Citizens.Reports.Moderation;

/// <summary>What a moderator did to a report.</summary>
public enum ModerationActKind
{
    /// <summary>Took the whole report off public lists and pages (staff still see it).</summary>
    Hide,

    /// <summary>Made a hidden report public again.</summary>
    Unhide,

    /// <summary>Replaced stretches of the public description with "[redacted]".</summary>
    RedactText,

    /// <summary>Took one photo off the public report.</summary>
    RedactPhoto,
}
