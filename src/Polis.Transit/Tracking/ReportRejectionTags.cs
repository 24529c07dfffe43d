namespace Polis.Transit.Tracking;

/// <summary>Stable snake_case names for rejection reasons (metric tags and API keys do not change if a member is renamed).</summary>
public static class ReportRejectionTags
{
    public static string Tag(this ReportRejection reason) => reason switch
    {
        ReportRejection.ImpossibleCoordinates => "impossible_coordinates",
        ReportRejection.NoFix => "no_fix",
        ReportRejection.FutureTimestamp => "future_timestamp",
        ReportRejection.Stale => "stale",
        ReportRejection.OutOfOrder => "out_of_order",
        ReportRejection.Duplicate => "duplicate",
        ReportRejection.GpsJump => "gps_jump",
        _ => "other",
    };
}
