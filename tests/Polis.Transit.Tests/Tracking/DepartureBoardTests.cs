using Polis.Transit.Timetable;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Tracking.VehicleTrackerMatchingTests;

namespace Polis.Transit.Tests.Tracking;

public sealed class DepartureBoardTests
{
    private static readonly DateOnly s_day = new(2026, 3, 10);
    private static readonly TransitNetwork s_corridor = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());

    [Fact]
    public void Build_TrackedLateRunAndScheduledOnes_PredictedFirstThenByTime()
    {
        // E0715 runs 3 min late: at 07:19 it has left S1 and is heading for S2 (scheduled 07:19:30–07:20:00).
        var bus = new SimulatedVehicle("bus-1", s_corridor.Instance("E0715", s_day)!) { Delay = TimeSpan.FromMinutes(3) };
        var drive = new TrackingDrive(s_corridor).Run(At(7, 17), At(7, 21), TimeSpan.FromSeconds(15), bus);

        var board = DepartureBoard.Build(s_corridor, "S2", drive.Tracker.Track("bus-1")!.State is { } s ? [s] : [], At(7, 21), 4);

        Assert.Equal(["E0715", "W0720", "E0730", "W0735"], board.Select(b => b.Call.Instance.Trip.Id));
        Assert.Equal("bus-1", board[0].VehicleId);
        Assert.InRange(board[0].Prediction!.DepartureDelaySeconds, 150, 210);
        Assert.All(board.Skip(1), b => Assert.Null(b.Prediction));
    }

    [Fact]
    public void Build_RunAlreadyLeftTheStop_NotOnTheBoard()
    {
        var bus = new SimulatedVehicle("bus-1", s_corridor.Instance("E0715", s_day)!);
        var drive = new TrackingDrive(s_corridor).Run(At(7, 15), At(7, 20, 30), TimeSpan.FromSeconds(15), bus);

        // At 07:20:30 the bus has left S2 (07:20:00); the board at 07:19:00 would still list its scheduled call.
        var board = DepartureBoard.Build(s_corridor, "S2", [drive.Tracker.Track("bus-1")!.State!], At(7, 19), 3);

        Assert.DoesNotContain(board, b => b.Call.Instance.Trip.Id == "E0715");
        Assert.Equal("W0720", board[0].Call.Instance.Trip.Id);
    }

    [Fact]
    public void Build_LastStopOfATrip_LeftOut()
    {
        var board = DepartureBoard.Build(s_corridor, "S4", [], At(7, 0), 3);

        Assert.All(board, b => Assert.StartsWith("W", b.Call.Instance.Trip.Id, StringComparison.Ordinal));
    }
}
