namespace Polis.Metering.Ingest;

/// <summary>What storing one register read did. Reads are idempotent on (meter, instant) and never overwrite.</summary>
public enum ReadOutcome
{
    /// <summary>The first read of the meter at that instant: stored.</summary>
    Accepted,

    /// <summary>The same value again at that instant: counted on the stored read, nothing else stored.</summary>
    Duplicate,

    /// <summary>A different value at that instant: kept beside the stored read as a conflicting read, which is flagged.</summary>
    Conflicting,

    /// <summary>No meter has the id: nothing stored.</summary>
    UnknownMeter,
}
