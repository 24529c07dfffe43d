using Polis.Transit.Geometry;
using Polis.Transit.Gtfs;
using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>Vehicle states as the tracker publishes them, made in code for the pure rules' tests.</summary>
public static class TestVehicles
{
    private static readonly ScheduledTrip Trip = new(
        new GtfsTrip("T1", "R1", "ALL"),
        new GtfsRoute("R1", null, "1", null, 3),
        new ShapeLine("S1", [(55.0, 12.0), (55.0, 12.01)]),
        false,
        [new ScheduledStop(0, "A", 1, 0, 0, 0, true, 0, 0), new ScheduledStop(1, "B", 2, 600, 600, 640, true, 0, 0)],
        []);

    /// <summary>A vehicle reporting at <paramref name="reportedAt"/>; matched to a run with <paramref name="delaySeconds"/> unless <paramref name="source"/> is None.</summary>
    public static VehicleState Vehicle(string id, int? delaySeconds, DateTimeOffset reportedAt, TripMatchSource source = TripMatchSource.Matched, double longitude = 12.005) =>
        new(id, null, new VehiclePosition(55.0, longitude, 90, 5, reportedAt),
            source == TripMatchSource.None ? null : new TripInstance(Trip, DateOnly.FromDateTime(reportedAt.UtcDateTime), reportedAt.Date, 0),
            source, source == TripMatchSource.None ? null : 300, source == TripMatchSource.None ? null : 1, VehicleStopStatus.InTransitTo,
            source == TripMatchSource.None ? null : delaySeconds, null, null, [], reportedAt);
}
