using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime;

/// <summary>
/// A live vehicle as the feeds publish it: <see cref="Run"/> is its trip run resolved in the active network, or
/// null when the vehicle is published without a trip (unmatched, or its run cannot be described validly).
/// </summary>
public sealed record FeedVehicle(VehicleState State, TripInstance? Run);
