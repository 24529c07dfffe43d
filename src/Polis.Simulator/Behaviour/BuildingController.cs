using System.Text.Json;
using Polis.Simulator.Generation;

namespace Polis.Simulator.Behaviour;

/// <summary>
/// A school's, clinic's or nursing home's controller: occupancy by the building's timetable, heating towards
/// the setpoint while occupied (4 °C setback otherwise), lights on while occupied. Operators change the
/// setpoint and lighting by RPC (setSetpoint, setLighting, getState) or shared attributes; the controller
/// obeys until told otherwise. Thread-safe: commands arrive on MQTT threads, readings on the scheduler's.
/// </summary>
public sealed class BuildingController(long key, string role, double occupants)
{
    private readonly Lock _lock = new();
    private double _setpoint = role == "nursing-home" ? 22 : 21;
    private double? _lighting;
    private double _temperature = 19;
    private double _energy = 10_000 + (Hashing.Unit(key, 61) * 50_000);
    private DateTimeOffset? _last;

    public double Setpoint
    {
        get
        {
            lock (_lock)
            {
                return _setpoint;
            }
        }
    }

    /// <summary>Occupancy (people) of the building at <paramref name="hour"/> by its kind.</summary>
    public double Occupancy(double hour) => role switch
    {
        "school" => hour is >= 8 and < 15 ? occupants * 0.95 : hour is >= 15 and < 17 ? occupants * 0.1 : 0,
        "clinic" => hour is >= 8 and < 18 ? occupants * 0.7 : occupants * 0.1,
        _ => occupants * (hour is >= 7 and < 20 ? 1.0 : 0.8),
    };

    public Dictionary<string, object> Values(DateTimeOffset time)
    {
        lock (_lock)
        {
            var hour = DailyProfiles.HourOf(time);
            var people = Math.Round(Occupancy(hour));
            var target = people > 0 ? _setpoint : _setpoint - 4;
            var outdoor = DailyProfiles.OutdoorTemperature(hour);
            var hours = _last is { } last ? Math.Clamp((time - last).TotalHours, 0, 24) : 0;
            _last = time;

            // First order: the room closes two thirds of the gap to the target per hour while heating runs.
            _temperature += (target - _temperature) * (1 - Math.Exp(-hours));
            var heatingKw = Math.Max(0, (target - outdoor) * occupants * 0.02);
            _energy += heatingKw * hours;
            var temperature = _temperature + (0.3 * (Hashing.Unit(key, time.UtcTicks / TimeSpan.TicksPerMinute, 62) - 0.5));
            if (FaultModel.Spikes(key, time))
            {
                temperature += 25;
            }

            return new(StringComparer.Ordinal)
            {
                ["temperature"] = AirQualityModel.Round(Math.Clamp(temperature, -40, 80), 1),
                ["setpoint"] = _setpoint,
                ["occupancy"] = people,
                ["lighting_level"] = _lighting ?? (people > 0 ? 80 : 5),
                ["heating_power"] = AirQualityModel.Round(heatingKw, 1),
                ["energy"] = AirQualityModel.Round(_energy, 1),
            };
        }
    }

    /// <summary>Executes an RPC; returns the JSON answer. Unknown methods and bad values answer with an error.</summary>
    public string HandleRpc(string method, JsonElement parameters)
    {
        lock (_lock)
        {
            switch (method)
            {
                case "setSetpoint" when Number(parameters, "value") is { } value && value is >= 5 and <= 30:
                    _setpoint = value;
                    return State();
                case "setLighting" when Number(parameters, "level") is { } level && level is >= 0 and <= 100:
                    _lighting = level;
                    return State();
                case "getState":
                    return State();
                case "setSetpoint" or "setLighting":
                    return """{"error":"invalid value: setSetpoint takes 5..30 (value), setLighting 0..100 (level)"}""";
                default:
                    return JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = $"unknown method '{method}'" });
            }
        }
    }

    /// <summary>Applies shared attributes setpoint and lighting_level (null lighting returns to the schedule).</summary>
    public bool ApplyAttributes(JsonElement attributes)
    {
        lock (_lock)
        {
            var changed = false;
            if (Number(attributes, "setpoint") is { } setpoint && setpoint is >= 5 and <= 30)
            {
                (_setpoint, changed) = (setpoint, true);
            }

            if (attributes.ValueKind == JsonValueKind.Object && attributes.TryGetProperty("lighting_level", out var lighting))
            {
                _lighting = lighting.ValueKind == JsonValueKind.Number ? Math.Clamp(lighting.GetDouble(), 0, 100) : null;
                changed = true;
            }

            return changed;
        }
    }

    private string State() => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["setpoint"] = _setpoint,
        ["lighting_level"] = _lighting,
        ["temperature"] = AirQualityModel.Round(_temperature, 1),
    });

    /// <summary>A number given bare (<c>22</c>) or as a named property (<c>{"value":22}</c>).</summary>
    private static double? Number(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Object when element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Number => property.GetDouble(),
        _ => null,
    };
}
