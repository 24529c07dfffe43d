using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>
/// What one report did: the vehicle's state afterwards (null until a report was accepted), the rejection if any, its
/// counts, and the other vehicles it displaced from their run (their new states, to publish as well).
/// </summary>
public sealed record TrackResult(VehicleState? State, ReportRejection? Rejection, VehicleReportCounts Counts, IReadOnlyList<LiveVehicle> Displaced);
