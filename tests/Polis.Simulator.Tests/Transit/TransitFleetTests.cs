using Polis.Simulator.Transit;
using Polis.Transit.Timetable;

namespace Polis.Simulator.Tests.Transit;

/// <summary>A real feed's buses on the street: on their trip's shape, where the timetable puts them, late by at most 20 %.</summary>
public sealed class TransitFleetTests
{
    private const long Key = 42_000_126;

    [Theory]
    [InlineData(RealFeed.Caltrain)]
    [InlineData(RealFeed.BullRunner)]
    public void At_EveryVehicleThroughADay_OnItsTripsShapeNearTheScheduledPlace(string feed)
    {
        var (network, _) = RealFeed.Rebased(feed);
        var today = RealFeed.Today;
        var fleet = new TransitFleet(network, today, today, 300);
        var duties = fleet.DutiesOn(today);
        var onTrips = 0;

        // From 04:00 to midnight: no run of the day before is under way, so every bus drives today's duty.
        for (var t = network.ServiceDayStart(today).AddHours(4); t < network.ServiceDayStart(today).AddHours(24); t += TimeSpan.FromSeconds(97))
        {
            for (var bus = 0; bus < fleet.Vehicles; bus++)
            {
                var state = fleet.At(bus, t, Key + bus);
                if (state.TripId is null)
                {
                    Assert.Equal(0, state.SpeedKmh);
                    continue;
                }

                onTrips++;
                var run = duties[bus].Trips.Last(r => r.ScheduledStart <= t);
                Assert.Equal(run.Trip.Id, state.TripId);
                Assert.Equal(run.Trip.Route.Id, state.RouteId);
                Assert.InRange(state.DelaySeconds, 0, ((run.ScheduledEnd - run.ScheduledStart).TotalSeconds * TransitFleet.MaxStretch) + 1);
                Assert.InRange(state.SpeedKmh, 0, TransitFleet.MaxSpeedKmh);

                // On the shape, between the stops the timetable has the run between at the time it is running to (now
                // less its delay, a second either way for the rounding): a window of the shape, so a loop's other side
                // or an out-and-back's way back cannot pass for it.
                var scheduled = (t - run.ServiceDayStart).TotalSeconds - state.DelaySeconds - run.RunOffset;
                var (from, to) = Between(run.Trip, scheduled - 1, scheduled + 1);
                var projection = run.Trip.Shape.Project(state.Position.Latitude, state.Position.Longitude, from - 1, to + 1);
                Assert.True(projection.OffsetMetres < 1, $"{run.Key} at {t:HH:mm:ss}: {projection.OffsetMetres:F1} m from its shape between {from:F0} and {to:F0} m");
            }
        }

        Assert.True(onTrips > 500, $"only {onTrips} reports on trips");
    }

    [Fact]
    public void At_BullRunnerFrequencyTrips_ReportTheRunsStartTime()
    {
        var (network, _) = RealFeed.Rebased(RealFeed.BullRunner);
        var today = RealFeed.Today;
        var fleet = new TransitFleet(network, today, today, 300);
        var noon = network.ServiceDayStart(today).AddHours(12);

        var states = Enumerable.Range(0, fleet.Vehicles).Select(bus => (Bus: bus, State: fleet.At(bus, noon, Key))).Where(s => s.State.TripId is not null).ToList();

        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Contains(fleet.DutiesOn(today)[s.Bus].Trips, r => r.Trip.Id == s.State.TripId && r.StartTimeText == s.State.StartTime));
        Assert.All(states, s => Assert.Matches("^(0[7-9]|1[0-2]):[0-5][0-9]:[0-5][0-9]$", s.State.StartTime));
    }

    [Fact]
    public void At_CaltrainScheduledTrips_NoStartTime()
    {
        var (network, _) = RealFeed.Rebased(RealFeed.Caltrain);
        var fleet = new TransitFleet(network, RealFeed.Today, RealFeed.Today, 300);
        var noon = network.ServiceDayStart(RealFeed.Today).AddHours(12);

        var states = Enumerable.Range(0, fleet.Vehicles).Select(bus => fleet.At(bus, noon, Key)).Where(s => s.TripId is not null).ToList();

        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Null(s.StartTime));
    }

    [Fact]
    public void At_BullRunnerAtThreeInTheMorning_OutOfServiceAtATerminus()
    {
        var (network, _) = RealFeed.Rebased(RealFeed.BullRunner);
        var today = RealFeed.Today;
        var fleet = new TransitFleet(network, today.AddDays(-1), today, 300);
        var night = network.ServiceDayStart(today).AddHours(3);

        for (var bus = 0; bus < fleet.Vehicles; bus++)
        {
            var state = fleet.At(bus, night, Key);
            Assert.Null(state.TripId);
            Assert.NotNull(state.StopIndex);
            Assert.NotNull(state.RouteId);
        }
    }

    [Fact]
    public void Vehicles_CapBelowTheTimetablesNeed_KeepsTheLongestDutiesWhole()
    {
        var (network, _) = RealFeed.Rebased(RealFeed.BullRunner);
        var today = RealFeed.Today;
        var all = new TransitFleet(network, today, today, 300);

        var capped = new TransitFleet(network, today, today, 5);

        Assert.Equal(all.Needed, capped.Needed);
        Assert.Equal(5, capped.Vehicles);
        var kept = capped.DutiesOn(today).Select(Signature).ToList();
        var every = all.DutiesOn(today).ToDictionary(Signature, d => d.InService);
        Assert.Equal(5, kept.Count);
        Assert.All(kept, d => Assert.Contains(d, every.Keys)); // whole duties, not parts
        Assert.True(kept.Min(d => every[d]) >= every.Where(d => !kept.Contains(d.Key)).Max(d => d.Value), "the longest duties are kept");
    }

    private static string Signature(VehicleDuty duty) => string.Join(' ', duty.Trips.Select(t => t.Key));

    /// <summary>
    /// Metres along the shape from the last stop surely reached by <paramref name="earliest"/> (its arrival passed) to
    /// the first stop surely not reached by <paramref name="latest"/> (not even with the dwell before its arrival).
    /// </summary>
    private static (double From, double To) Between(ScheduledTrip trip, double earliest, double latest)
    {
        var stops = trip.Stops;
        var reached = stops.LastOrDefault(s => s.Arrival <= earliest, stops[0]);
        var ahead = stops.FirstOrDefault(s => s.Arrival - TripMotion.DwellSeconds > latest, stops[^1]);
        return (reached.DistanceMetres, ahead.DistanceMetres);
    }
}
