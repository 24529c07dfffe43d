using Polis.Platform.Devices;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Tests;

/// <summary>The platform refuses readings outside its built-in profiles' ranges: the simulator must never send one.</summary>
public sealed class ProfileRangeTests
{
    [Fact]
    public void Readings_EveryDeviceOverTwoDays_MatchTheirProfilesKeysAndRanges()
    {
        var city = CityGenerator.Generate(9, SimulationScale.Small);
        var profiles = BuiltInProfiles.All.ToDictionary(p => p.Id);
        var behaviours = CityBehaviours.Create(city);
        var start = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var checkedValues = 0;
        for (var t = start; t < start.AddDays(2); t += TimeSpan.FromMinutes(37))
        {
            foreach (var behaviour in behaviours)
            {
                var profile = profiles[behaviour.Device.ProfileId];
                var readings = behaviour.ReadingsAt(t);
                behaviour.Acknowledge(readings);
                foreach (var (key, value) in readings.SelectMany(r => r.Values))
                {
                    var definition = profile.FindKey(key);
                    if (definition is { Min: not null } or { Max: not null })
                    {
                        var number = Assert.IsType<double>(value is int i ? (double)i : value);
                        Assert.True(number >= definition.Min && number <= definition.Max, $"{behaviour.Device.Id} {key}={number} outside [{definition.Min}, {definition.Max}]");
                        checkedValues++;
                    }
                    else
                    {
                        // Keys outside the profile are extras (bus route/trip ids, delay) that the platform stores as given.
                        Assert.True(definition is not null || behaviour.Device.Kind == DeviceKind.Bus, $"{behaviour.Device.Id} sends unknown key {key}");
                    }
                }
            }
        }

        Assert.True(checkedValues > 100_000, $"only {checkedValues} values checked");
    }

    [Fact]
    public void Buses_DuringService_MoveAlongTheirRouteWithTripIds()
    {
        var city = CityGenerator.Generate(4, SimulationScale.Small);
        var route = city.Routes[0];
        var timetable = new BusTimetable(route, city.Preset.BusesPerRoute);
        var noon = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var states = Enumerable.Range(0, 120).Select(s => timetable.At(0, noon.AddSeconds(s * 15), 99)).ToList();

        Assert.Contains(states, s => s.SpeedKmh > 5);
        Assert.Contains(states, s => s.SpeedKmh == 0 && s.StopIndex is not null);
        Assert.All(states, s => Assert.True(route.Path.Min(p => Geo.DistanceMetres(p, s.Position)) < 600));
        Assert.All(states.Where(s => s.TripId is not null), s => Assert.Contains(s.TripId, timetable.Trips().Select(t => t.TripId)));
        Assert.All(states, s => Assert.InRange(s.DelaySeconds, 0, timetable.TripSeconds * 0.2 + 1));
        Assert.Null(timetable.At(0, new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero), 99).TripId);
    }
}
