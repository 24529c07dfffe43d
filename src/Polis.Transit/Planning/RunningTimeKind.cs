namespace Polis.Transit.Planning;

/// <summary>
/// What a running-time row measures: running between two consecutive stops (departure to arrival), a whole trip
/// (first departure to last arrival, dwells included), or the dwell at an intermediate stop (arrival to departure).
/// </summary>
public enum RunningTimeKind
{
    Segment = 0,
    Trip = 1,
    Dwell = 2,
}
