using System.Globalization;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Transit;

/// <summary>
/// The generated city with its buses replaced by a real feed's fleet. Every other device keeps its id and its
/// place in the list, so its behaviour (seeded by that place) is the one the generated city has. The buses take
/// the ids the generated ones had, <c>sim-&lt;seed&gt;-bus-&lt;n&gt;</c>, and places after every generated device.
/// </summary>
public static class TransitFeedCity
{
    public static SimulatedCity With(SimulatedCity city, TransitFleet fleet)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(fleet);
        var devices = city.Devices.Where(d => d.Kind != DeviceKind.Bus).ToList();
        var perRoute = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var v = 0; v < fleet.Vehicles; v++)
        {
            var home = fleet.Home(v);
            var route = home.Trip.Route;
            var number = perRoute[route.Id] = perRoute.GetValueOrDefault(route.Id) + 1;
            var (latitude, longitude) = home.Trip.Shape.PointAt(home.Trip.Stops[0].DistanceMetres);
            var id = string.Create(CultureInfo.InvariantCulture, $"sim-{city.Seed}-{DeviceKinds.Code(DeviceKind.Bus)}-{v + 1:D5}");
            var seats = 40 + (Hashing.Unit(city.Seed, v, 76) * 60);
            devices.Add(new SimulatedDevice(city.Devices.Count + v, id, $"Bus {route.DisplayName}-{number}", DeviceKind.Bus, string.Empty,
                new GeoPosition(longitude, latitude), [SimulatedCity.SimulatedLabel, $"route:{route.Id}"], route.Id, v, Math.Round(seats)));
        }

        // The feed's buses run somewhere else than the generated streets: the generated routes are not driven.
        return city with { Routes = [], Devices = devices };
    }
}
