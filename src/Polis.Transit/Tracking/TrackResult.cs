using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>What one report did: the vehicle's state afterwards (null until a report was accepted), the rejection if any, and its counts.</summary>
public sealed record TrackResult(VehicleState? State, ReportRejection? Rejection, VehicleReportCounts Counts);
