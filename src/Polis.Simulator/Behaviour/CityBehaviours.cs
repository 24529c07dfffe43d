using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Behaviour;

/// <summary>Builds every device's behaviour for a city: timetables per route (or a real feed's fleet), rounds per fleet vehicle.</summary>
public static class CityBehaviours
{
    /// <param name="buses">What every bus drives instead of its route's timetable (a real feed's fleet); null for the generated routes.</param>
    public static IReadOnlyList<DeviceBehaviour> Create(SimulatedCity city, IBusSchedule? buses = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        var timetables = city.Routes.ToDictionary(r => r.Id, r => new BusTimetable(r, city.Preset.BusesPerRoute), StringComparer.Ordinal);
        var loops = city.Districts.ToDictionary(d => d.Id, d => RoundOf(city.Streets, d), StringComparer.Ordinal);
        return city.Devices.Select(device => device.Kind switch
        {
            DeviceKind.Bus => new DeviceBehaviour(device, city.Seed, buses ?? timetables[device.Anchor!]),
            DeviceKind.FleetVehicle => new DeviceBehaviour(device, city.Seed, rounds: loops[device.DistrictId]),
            _ => new DeviceBehaviour(device, city.Seed),
        }).ToList();
    }

    /// <summary>The district's intersections in a snake (row by row, alternating direction): a plausible round.</summary>
    private static FleetRounds RoundOf(StreetNetwork streets, District district)
    {
        var nodes = Enumerable.Range(0, streets.Nodes.Count)
            .Where(n => Geo.Contains(district.Polygon, streets.Nodes[n]))
            .OrderBy(n => n / streets.Columns)
            .ThenBy(n => n / streets.Columns % 2 == 0 ? n % streets.Columns : -(n % streets.Columns))
            .Select(n => streets.Nodes[n])
            .ToList();
        return new FleetRounds(nodes.Count > 0 ? nodes : [district.Centre]);
    }
}
