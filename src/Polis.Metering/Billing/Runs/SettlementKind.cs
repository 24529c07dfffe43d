namespace Polis.Metering.Billing.Runs;

/// <summary>What settling a computed bill did.</summary>
public enum SettlementKind
{
    /// <summary>No bill existed for the service point, kind and period: this one was issued.</summary>
    Issued,

    /// <summary>The issued bill (with its adjustments) already charges exactly this: nothing written.</summary>
    Unchanged,

    /// <summary>The validated data changed since: an adjustment was issued for the difference.</summary>
    Adjusted,

    /// <summary>The computed bill cannot be compared with the issued one (another currency): nothing written.</summary>
    Refused,
}
