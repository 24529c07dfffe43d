using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Behaviour;

/// <summary>
/// What one device reports. Meters report every completed 15-minute slot since their last acknowledged report
/// (a meter back from an outage sends its backlog, as real meters do); everything else reports its state now.
/// Called from the scheduler's loop only, except the building controller's commands (locked there).
/// </summary>
public sealed class DeviceBehaviour
{
    private const int MaxBacklogSlots = MeterModel.SlotsPerDay;
    private readonly IBusSchedule? _buses;
    private readonly FleetRounds? _rounds;
    private DateTimeOffset? _nextSlot;
    private double _register;
    private DateTimeOffset _bootTime = DateTimeOffset.MinValue;

    public DeviceBehaviour(SimulatedDevice device, int seed, IBusSchedule? buses = null, FleetRounds? rounds = null)
    {
        ArgumentNullException.ThrowIfNull(device);
        Device = device;
        Key = (seed * 1_000_003L) + device.Index;
        _buses = buses;
        _rounds = rounds;
        if (device.Kind == DeviceKind.BuildingController)
        {
            Controller = new BuildingController(Key, device.Labels[^1], device.Scale);
        }
    }

    public SimulatedDevice Device { get; }

    /// <summary>Seeds this device's randomness: stable for a seed and the device's place in the city.</summary>
    public long Key { get; }

    public BuildingController? Controller { get; }

    /// <summary>The readings to send at <paramref name="now"/> (simulated); meters may return none or several.</summary>
    public IReadOnlyList<Reading> ReadingsAt(DateTimeOffset now)
    {
        if (_bootTime == DateTimeOffset.MinValue)
        {
            _bootTime = now - TimeSpan.FromHours(1 + (Hashing.Unit(Key, 71) * 500));
        }

        return Device.Kind is DeviceKind.ElectricityMeter or DeviceKind.WaterMeter
            ? MeterReadings(now)
            : [new Reading(now.ToUnixTimeMilliseconds(), Values(now))];
    }

    /// <summary>The meter readings up to <paramref name="upTo"/> (a reading's timestamp) were acknowledged.</summary>
    public void Acknowledge(IReadOnlyList<Reading> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.Count > 0 && Device.Kind is DeviceKind.ElectricityMeter or DeviceKind.WaterMeter)
        {
            var last = sent[^1];
            _nextSlot = DateTimeOffset.FromUnixTimeMilliseconds(last.Timestamp);
            _register = (double)last.Values[Device.Kind == DeviceKind.ElectricityMeter ? "energy" : "volume"];
        }
    }

    /// <summary>The device came back online: hotspots restart their uptime.</summary>
    public void Restarted(DateTimeOffset now) => _bootTime = now;

    private List<Reading> MeterReadings(DateTimeOffset now)
    {
        var electricity = Device.Kind == DeviceKind.ElectricityMeter;
        var end = MeterModel.SlotStart(now);
        if (_nextSlot is null || _nextSlot < end - (MeterModel.Slot * MaxBacklogSlots))
        {
            // First report, or a backlog beyond a day (the meter's memory): restart from the previous slot.
            _nextSlot = end - MeterModel.Slot;
            _register = electricity ? MeterModel.ElectricityRegister(Key, Device.Scale, _nextSlot.Value) : MeterModel.WaterRegister(Key, Device.Scale, _nextSlot.Value);
        }

        var readings = new List<Reading>();
        var register = _register;
        for (var slot = _nextSlot.Value; slot < end; slot += MeterModel.Slot)
        {
            var boundary = slot + MeterModel.Slot;
            var noise = Hashing.Unit(Key, boundary.UtcTicks / MeterModel.Slot.Ticks, 72);
            if (electricity)
            {
                var kw = MeterModel.ElectricityKw(Key, Device.Scale, slot);
                register += kw * 0.25;
                readings.Add(new Reading(boundary.ToUnixTimeMilliseconds(), new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["energy"] = Math.Round(register, 3),
                    ["power"] = Math.Round(kw, 3),
                    ["voltage"] = Math.Round(228 + (6 * noise), 1),
                    ["current"] = Math.Round(kw * 1000 / 230, 2),
                }));
            }
            else
            {
                var flow = MeterModel.WaterM3h(Key, Device.Scale, slot);
                register += flow * 0.25;
                readings.Add(new Reading(boundary.ToUnixTimeMilliseconds(), new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["volume"] = Math.Round(register, 4),
                    ["flow"] = Math.Round(flow, 4),
                    ["temperature"] = Math.Round(9 + (4 * noise), 1),
                }));
            }
        }

        return readings;
    }

    private Dictionary<string, object> Values(DateTimeOffset now) => Device.Kind switch
    {
        DeviceKind.Bus => BusValues(now),
        DeviceKind.FleetVehicle => FleetValues(now),
        DeviceKind.ParkingSpot => StreetDeviceModels.Parking(Key, Device.Scale, now),
        DeviceKind.AirQuality => AirQualityModel.Values(Key, Device.Scale, now),
        DeviceKind.BuildingController => Controller!.Values(now),
        DeviceKind.Hotspot => StreetDeviceModels.Hotspot(Key, Device.Scale, now, _bootTime),
        DeviceKind.Screen => StreetDeviceModels.Screen(Key, now),
        _ => throw new InvalidOperationException($"{Device.Kind} reports through MeterReadings."),
    };

    private Dictionary<string, object> BusValues(DateTimeOffset now)
    {
        var state = _buses!.At(Device.Ordinal, now, Key);
        var riders = state.TripId is null ? 0 : Math.Round(Device.Scale * 1.2 * DailyProfiles.Activity(DailyProfiles.HourOf(now)) * (0.7 + (0.6 * Hashing.Unit(Key, now.UtcTicks / TimeSpan.TicksPerMinute, 73))));
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["latitude"] = Math.Round(state.Position.Latitude, 6),
            ["longitude"] = Math.Round(state.Position.Longitude, 6),
            ["speed"] = Math.Round(state.SpeedKmh, 1),
            ["bearing"] = Math.Round(state.Bearing, 0) % 360,
            ["occupancy"] = Math.Clamp(riders, 0, 500),
            ["delay"] = state.DelaySeconds,
        };
        Add(values, "route_id", state.RouteId);
        Add(values, "trip_id", state.TripId);
        Add(values, "start_time", state.StartTime);

        return values;
    }

    private static void Add(Dictionary<string, object> values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }

    private Dictionary<string, object> FleetValues(DateTimeOffset now)
    {
        var (position, speed, bearing, km) = _rounds!.At(now, (int)(Hashing.Unit(Key, 74) * 3600));
        var day = DailyProfiles.DayOf(now);
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["latitude"] = Math.Round(position.Latitude, 6),
            ["longitude"] = Math.Round(position.Longitude, 6),
            ["speed"] = speed,
            ["bearing"] = Math.Round(bearing, 0) % 360,
            ["fuel_level"] = Math.Round(Math.Clamp(95 - (km * 0.35), 5, 100), 1),
            ["odometer"] = Math.Round(20_000 + (Hashing.Unit(Key, 75) * 80_000) + ((day - 19_723) * 45) + km, 1),
        };
    }
}
