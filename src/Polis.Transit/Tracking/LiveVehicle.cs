using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>A tracked vehicle as published: its state and its report counts (what the API shows beside the state).</summary>
public sealed record LiveVehicle(VehicleState State, VehicleReportCounts Counts);
