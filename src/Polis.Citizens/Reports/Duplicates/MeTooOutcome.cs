namespace Polis.Citizens.Reports.Duplicates;

/// <summary>What became of a "me too" on an original report.</summary>
public enum MeTooOutcome
{
    /// <summary>A new supporter: the count rose by one.</summary>
    Counted,

    /// <summary>This resident already said "me too": the count stays.</summary>
    AlreadyCounted,

    /// <summary>The resident filed the original: their own report does not count twice.</summary>
    OwnReport,
}
