namespace Polis.Citizens.Reports.Moderation;

/// <summary>Why a report's text was refused.</summary>
public enum ReportTextRefusal
{
    /// <summary>Nothing is left once markup and whitespace are gone.</summary>
    Empty,

    /// <summary>Longer than allowed, as plain text (or as sent, when the upload is many times the limit).</summary>
    TooLong,
}
