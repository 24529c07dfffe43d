using System.Globalization;
using Polis.Simulator.Model;

namespace Polis.Simulator.Generation;

/// <summary>Sites and devices: where they are, what they belong to and how big their behaviour is.</summary>
internal sealed class DeviceGenerator(Random random, int seed, IReadOnlyList<District> districts, StreetNetwork streets)
{
    private readonly List<SimulatedDevice> _devices = [];
    private readonly Dictionary<DeviceKind, int> _numbers = [];
    private readonly List<int>[] _nodesByDistrict = NodesByDistrict(districts, streets);
    private readonly Dictionary<string, int> _districtIndex = districts.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    public IReadOnlyList<SimulatedDevice> Devices => _devices;

    public List<Site> AddSites(ScalePreset preset)
    {
        var sites = new List<Site>();
        void Add(SiteKind kind, int count, string prefix, string noun)
        {
            for (var i = 0; i < count; i++)
            {
                var district = districts[random.Next(districts.Count)];
                var address = $"{Names.Street(random.Next(Names.Streets.Length), random.Next(2) == 0 ? "Street" : "Avenue")} {1 + random.Next(180)}";
                sites.Add(new Site($"{prefix}-{i + 1:D5}", kind, kind == SiteKind.Household ? address : $"{district.Name} {noun} {i + 1}", district.Id, InsideDistrict(district)));
            }
        }

        Add(SiteKind.Household, preset.Households, "home", "home");
        Add(SiteKind.School, preset.Schools, "school", "School");
        Add(SiteKind.Clinic, preset.Clinics, "clinic", "Clinic");
        Add(SiteKind.NursingHome, preset.NursingHomes, "care", "Nursing Home");
        return sites;
    }

    public void AddSiteDevices(IReadOnlyList<Site> sites, int waterMeters)
    {
        var homes = sites.Where(s => s.Kind == SiteKind.Household).ToList();
        foreach (var home in homes)
        {
            Add(DeviceKind.ElectricityMeter, $"Electricity meter, {home.Name}", home.DistrictId, home.Location, "household", home.Id, 0, 0.6 + random.NextDouble());
        }

        foreach (var home in homes.Take(waterMeters))
        {
            Add(DeviceKind.WaterMeter, $"Water meter, {home.Name}", home.DistrictId, home.Location, "household", home.Id, 0, 0.6 + random.NextDouble());
        }

        foreach (var building in sites.Where(s => s.Kind != SiteKind.Household))
        {
            var (role, occupants) = building.Kind switch
            {
                SiteKind.School => ("school", 200 + random.Next(600)),
                SiteKind.Clinic => ("clinic", 30 + random.Next(90)),
                _ => ("nursing-home", 40 + random.Next(110)),
            };
            Add(DeviceKind.BuildingController, $"Building controller, {building.Name}", building.DistrictId, building.Location, role, building.Id, 0, occupants);
        }
    }

    public void AddBuses(IReadOnlyList<BusRoute> routes, int busesPerRoute)
    {
        foreach (var route in routes)
        {
            for (var b = 0; b < busesPerRoute; b++)
            {
                Add(DeviceKind.Bus, $"Bus {route.ShortName}-{b + 1}", DistrictOf(route.Path[0]).Id, route.Path[0], $"route:{route.Id}", route.Id, b, 40 + random.Next(60));
            }
        }
    }

    public void AddStreetDevices(ScalePreset preset)
    {
        for (var i = 0; i < preset.FleetVehicles; i++)
        {
            var district = districts[i % districts.Count];
            var role = (i % 3) switch { 0 => "waste-collection", 1 => "street-cleaning", _ => "maintenance" };
            Add(DeviceKind.FleetVehicle, $"{district.Name} {role.Replace('-', ' ')} vehicle {(i / districts.Count) + 1}", district.Id, OnStreet(district), role, district.Id, i / districts.Count, 1);
        }

        const int SpotsPerSite = 10;
        for (var i = 0; i < preset.ParkingSpots; i++)
        {
            // Spots come in parking sites of ten along one kerb, a few metres apart.
            var siteNumber = (i / SpotsPerSite) + 1;
            var district = districts[(i / SpotsPerSite) % districts.Count];
            var kerb = i % SpotsPerSite == 0 ? OnStreet(district) : _devices[^1].Location;
            var spot = i % SpotsPerSite == 0 ? kerb : Geo.Offset(kerb, 5.5, 0);
            Add(DeviceKind.ParkingSpot, $"Parking P{siteNumber} spot {(i % SpotsPerSite) + 1}", district.Id, Inside(district, spot) ? spot : kerb, $"parking:P{siteNumber}", $"P{siteNumber}", i % SpotsPerSite, 0.5 + (random.NextDouble() * 0.45));
        }

        for (var i = 0; i < preset.AirQualityStations; i++)
        {
            var district = districts[i % districts.Count];
            Add(DeviceKind.AirQuality, $"Air quality station, {district.Name} {(i / districts.Count) + 1}", district.Id, OnStreet(district), "environment", district.Id, 0, 0.7 + (random.NextDouble() * 0.8));
        }

        for (var i = 0; i < preset.Hotspots; i++)
        {
            var district = districts[random.Next(districts.Count)];
            Add(DeviceKind.Hotspot, $"Wi-Fi hotspot, {district.Name} {i + 1}", district.Id, OnStreet(district), "public-wifi", district.Id, 0, 5 + random.Next(60));
        }

        for (var i = 0; i < preset.Screens; i++)
        {
            var district = districts[random.Next(districts.Count)];
            Add(DeviceKind.Screen, $"City screen, {district.Name} {i + 1}", district.Id, OnStreet(district), "signage", district.Id, 0, 1);
        }
    }

    private void Add(DeviceKind kind, string name, string districtId, GeoPosition location, string role, string? anchor, int ordinal, double scale)
    {
        var number = _numbers[kind] = _numbers.GetValueOrDefault(kind) + 1;
        var id = string.Create(CultureInfo.InvariantCulture, $"sim-{seed}-{DeviceKinds.Code(kind)}-{number:D5}");
        _devices.Add(new SimulatedDevice(_devices.Count, id, name, kind, districtId, location, [SimulatedCity.SimulatedLabel, role], anchor, ordinal, scale));
    }

    private GeoPosition InsideDistrict(District district)
    {
        var (west, east) = (district.Polygon.Min(p => p.Longitude), district.Polygon.Max(p => p.Longitude));
        var (south, north) = (district.Polygon.Min(p => p.Latitude), district.Polygon.Max(p => p.Latitude));
        while (true)
        {
            var candidate = new GeoPosition(west + ((east - west) * random.NextDouble()), south + ((north - south) * random.NextDouble()));
            if (Geo.Contains(district.Polygon, candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>A few metres off a random intersection of the district (kerbside), still inside the district.</summary>
    private GeoPosition OnStreet(District district)
    {
        var nodes = _nodesByDistrict[_districtIndex[district.Id]];
        if (nodes.Count == 0)
        {
            return InsideDistrict(district);
        }

        var node = streets.Nodes[nodes[random.Next(nodes.Count)]];
        var kerb = Geo.Offset(node, (random.NextDouble() * 16) - 8, (random.NextDouble() * 16) - 8);
        return Inside(district, kerb) ? kerb : node;
    }

    private static bool Inside(District district, GeoPosition position) => Geo.Contains(district.Polygon, position);

    private District DistrictOf(GeoPosition position) => districts.FirstOrDefault(d => Inside(d, position)) ?? districts[0];

    private static List<int>[] NodesByDistrict(IReadOnlyList<District> districts, StreetNetwork streets)
    {
        var result = districts.Select(_ => new List<int>()).ToArray();
        for (var n = 0; n < streets.Nodes.Count; n++)
        {
            for (var d = 0; d < districts.Count; d++)
            {
                if (Geo.Contains(districts[d].Polygon, streets.Nodes[n]))
                {
                    result[d].Add(n);
                    break;
                }
            }
        }

        return result;
    }
}
