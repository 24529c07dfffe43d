namespace Polis.Metering.Ingest;

/// <summary>What became of one imported row.</summary>
public enum ImportRowOutcome
{
    Accepted,
    Duplicate,
    Conflicting,

    /// <summary>Not stored, with a reason: not an instant, future or implausibly old, not a number, negative, unknown meter.</summary>
    Refused,
}
