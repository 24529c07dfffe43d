namespace Polis.Metering.Readings;

/// <summary>
/// The quality flag every interval value carries after VEE. Only <see cref="Valid"/>, <see cref="Estimated"/> and
/// <see cref="Edited"/> values may be billed; a <see cref="Questionable"/> one holds its bill back until an analyst
/// accepts, edits or estimates it.
/// </summary>
public enum ReadingQuality
{
    /// <summary>Measured and passed every check.</summary>
    Valid,

    /// <summary>Filled in by estimation (interpolation or like-day profile) where a measurement was missing or failed.</summary>
    Estimated,

    /// <summary>Set by an analyst, with a reason, kept in the audit trail beside the original.</summary>
    Edited,

    /// <summary>Measured but failed a check (spike, negative, outside the meter's usual range…): not billable as is.</summary>
    Questionable,
}
