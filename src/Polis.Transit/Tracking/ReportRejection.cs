namespace Polis.Transit.Tracking;

/// <summary>Why a vehicle report was not used (counted per vehicle and on the <c>Polis.Transit</c> meter).</summary>
public enum ReportRejection
{
    /// <summary>Coordinates that are not numbers or outside ±90 / ±180.</summary>
    ImpossibleCoordinates = 1,

    /// <summary>(0, 0): a GPS without a fix.</summary>
    NoFix = 2,

    /// <summary>Timestamped further in the future than the allowed clock skew.</summary>
    FutureTimestamp = 3,

    /// <summary>Too old to matter when it arrived.</summary>
    Stale = 4,

    /// <summary>Older than the vehicle's last accepted report.</summary>
    OutOfOrder = 5,

    /// <summary>The same timestamp as the vehicle's last accepted report (a redelivery).</summary>
    Duplicate = 6,

    /// <summary>Implies an impossible speed from the last accepted position, and no later report has confirmed it yet.</summary>
    GpsJump = 7,
}
