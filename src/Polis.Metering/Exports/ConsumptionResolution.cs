namespace Polis.Metering.Exports;

/// <summary>How consumption is summed for a resident's view or a CSV: as stored, or per local hour, day or month.</summary>
public enum ConsumptionResolution
{
    /// <summary>Each stored interval value as it is (15 minutes or an hour).</summary>
    Interval,

    /// <summary>Per local clock hour (the two 02:00 hours of an autumn DST day are two buckets).</summary>
    Hour,

    /// <summary>Per local day, midnight to midnight (23, 24 or 25 hours).</summary>
    Day,

    /// <summary>Per local calendar month.</summary>
    Month,
}
