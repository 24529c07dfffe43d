using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>
/// A vehicle's hold on a run and the evidence behind it: how the run was found, the matching cost of the holder's
/// latest fit (lower = more consistent with the shape and the schedule), and when that report was made.
/// </summary>
public sealed record RunHold(string VehicleId, TripMatchSource Source, double Cost, DateTimeOffset ReportedAt);
