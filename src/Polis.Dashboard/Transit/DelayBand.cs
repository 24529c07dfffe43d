namespace Polis.Dashboard.Transit;

/// <summary>
/// The colour class of a vehicle on the transit map. The numbers are the wire format <c>transit-map.js</c> reads
/// (its <c>BANDS</c> table holds the colours and legend names in this order).
/// </summary>
public enum DelayBand
{
    /// <summary>More than 1 min early.</summary>
    Early = 0,

    /// <summary>1 min early to 5 min late.</summary>
    OnTime = 1,

    /// <summary>5 to 10 min late.</summary>
    SlightlyLate = 2,

    /// <summary>10 to 20 min late (from 10 min the transit module raises a delay alert).</summary>
    Late = 3,

    /// <summary>More than 20 min late.</summary>
    VeryLate = 4,

    /// <summary>Reporting, but not matched to a trip: out of service, off route, deadheading.</summary>
    NoTrip = 5,

    /// <summary>No report for <see cref="DelayBands.StaleAfter"/>: where it was last seen.</summary>
    Stale = 6,
}
