using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>
/// What the report filter remembers of a vehicle: its last accepted fix, and a fix rejected as a GPS jump that the
/// next report may confirm (the GPS recovered, or the vehicle really was moved).
/// </summary>
public sealed record ReportFilterState(VehiclePosition? LastAccepted, VehiclePosition? PendingJump)
{
    public static ReportFilterState Empty { get; } = new(null, null);
}
