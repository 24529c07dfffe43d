namespace Polis.Citizens.Reports.Moderation;

/// <summary>Why a moderation act was refused.</summary>
public enum ModerationRefusal
{
    /// <summary>No moderator named: every act is attributed.</summary>
    ModeratorRequired,

    /// <summary>No reason given: every act is justified.</summary>
    ReasonRequired,

    /// <summary>Hiding a report that is already hidden, or unhiding one that is not.</summary>
    Unchanged,

    /// <summary>A range runs outside the description, or has a negative start or length.</summary>
    RangeOutsideText,

    /// <summary>The ranges or words select nothing in the description.</summary>
    NothingToRedact,

    /// <summary>The photo is not one of the report's.</summary>
    UnknownPhoto,

    /// <summary>The photo is already redacted.</summary>
    PhotoAlreadyRedacted,
}
