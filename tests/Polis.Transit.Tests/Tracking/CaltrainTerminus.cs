using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Tracking;

/// <summary>
/// What the simulated city showed on the real Caltrain feed (Tuesday 2009-03-10): train 248 (trip 24801272009,
/// route ct_limited) leaves San Francisco at 12:37 and reaches Millbrae at 12:55, driven by a vehicle that reports
/// it as its assignment; buses stand out of service at San Francisco, reporting their route but no trip (as the
/// simulator's standing buses do). The next ct_limited departure from San Francisco is 13:37.
/// </summary>
internal static class CaltrainTerminus
{
    public static TransitNetwork Network => RealNetworks.Caltrain;

    public static TripInstance Train248 => Network.Instance("24801272009", new DateOnly(2009, 3, 10))!;

    /// <summary>12:53, 16 minutes after train 248 left San Francisco: it is just short of Millbrae.</summary>
    public static DateTimeOffset SixteenMinutesAfterDeparture => Train248.ScheduledStart.AddMinutes(16);

    /// <summary>The vehicle driving train 248 on time, reporting its trip and route.</summary>
    public static SimulatedVehicle AssignedTrain(int seed = 1) =>
        new("train-248", Train248, seed) { NoiseMetres = 10, SendsTripId = true, SendsRouteId = true };

    /// <summary>A bus standing at San Francisco, train 248's first stop, the whole time: its route, no trip, speed 0.</summary>
    public static SimulatedVehicle StandingBus(string id, int seed) =>
        new(id, Train248, seed) { NoiseMetres = 5, SendsRouteId = true, HaltAt = Train248.Trip.Stops[0].DistanceMetres, HaltFor = TimeSpan.FromHours(12) };

    public static SimulatedVehicle[] StandingBuses() => [StandingBus("standing-1", 11), StandingBus("standing-2", 12), StandingBus("standing-3", 13)];
}
