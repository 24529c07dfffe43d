using Polis.Transit.Live;

namespace Polis.Dashboard.Transit;

/// <summary>
/// What one open transit map shows of each vehicle (position, colour, route), so that each flush sends only what
/// really differs. A vehicle reporting five times between two flushes costs one move; a vehicle whose report grows
/// stale changes colour without reporting; a vehicle the tracker forgot is removed.
/// </summary>
public sealed class TransitVehicleSet
{
    private Dictionary<string, Marker> _shown = new(StringComparer.Ordinal);

    public int Count => _shown.Count;

    /// <summary>Forgets what was sent: the next <see cref="Changes"/> carries every vehicle (a redraw).</summary>
    public void Clear() => _shown = new(StringComparer.Ordinal);

    public TransitVehiclesPayload Changes(IReadOnlyList<VehicleState> vehicles, TransitMapNetwork? network, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        var next = new Dictionary<string, Marker>(vehicles.Count, StringComparer.Ordinal);
        var (ids, lat, lon, band, route) = (new List<string>(), new List<double>(), new List<double>(), new List<int>(), new List<int>());
        foreach (var vehicle in vehicles)
        {
            var marker = new Marker(
                Math.Round(vehicle.Position.Latitude, 6),
                Math.Round(vehicle.Position.Longitude, 6),
                DelayBands.Of(vehicle, now),
                network?.RouteOf(vehicle) ?? -1);
            next[vehicle.VehicleId] = marker;
            if (!_shown.TryGetValue(vehicle.VehicleId, out var shown) || shown != marker)
            {
                ids.Add(vehicle.VehicleId);
                lat.Add(marker.Latitude);
                lon.Add(marker.Longitude);
                band.Add((int)marker.Band);
                route.Add(marker.Route);
            }
        }

        string[] removed = [.. _shown.Keys.Where(id => !next.ContainsKey(id))];
        _shown = next;
        return new TransitVehiclesPayload([.. ids], [.. lat], [.. lon], [.. band], [.. route], removed);
    }

    private readonly record struct Marker(double Latitude, double Longitude, DelayBand Band, int Route);
}
