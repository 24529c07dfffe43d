namespace Polis.Simulator.Rules;

/// <summary>
/// The alarm rules a simulated city starts with, so that its faults (see docs/simulator.md) raise alarms a
/// newcomer can see and act on. Each is tuned to catch one fault and stay quiet on a normal day: thresholds sit
/// well above the models' daily peaks, and durations exceed one reporting interval where a single odd reading
/// should not page anybody. Inactivity rules are kept to few devices (stations and building controllers): every
/// device under an inactivity rule keeps a durable reminder.
/// </summary>
public static class StarterRules
{
    public static IReadOnlyList<string> All { get; } =
    [
        """
        { "id": "sim-aq-pm25-episode", "name": "PM2.5 above 50 µg/m³ for 15 minutes", "target": { "profileId": "air-quality" }, "severity": "major",
          "description": "Starter rule of the simulated city: a pollution episode (fire, road works) at a station.",
          "condition": { "type": "threshold", "key": "pm25", "operator": ">", "value": 50, "forSeconds": 900 },
          "clear": { "condition": { "type": "threshold", "key": "pm25", "operator": "<", "value": 35 } } }
        """,
        """
        { "id": "sim-aq-station-silent", "name": "Air-quality station silent for 30 minutes", "target": { "profileId": "air-quality" }, "severity": "minor",
          "description": "Starter rule of the simulated city: a station stopped reporting (it reports every 10 minutes).",
          "condition": { "type": "inactivity", "seconds": 1800 } }
        """,
        """
        { "id": "sim-building-overheat", "name": "Building above 30 °C", "target": { "profileId": "building-controller" }, "severity": "major",
          "description": "Starter rule of the simulated city: a heating fault or a bad sensor in a school, clinic or nursing home.",
          "condition": { "type": "threshold", "key": "temperature", "operator": ">", "value": 30 },
          "clear": { "condition": { "type": "threshold", "key": "temperature", "operator": "<", "value": 27 } } }
        """,
        """
        { "id": "sim-building-silent", "name": "Building controller silent for 30 minutes", "target": { "profileId": "building-controller" }, "severity": "minor",
          "description": "Starter rule of the simulated city: a controller stopped reporting (it reports every 5 minutes).",
          "condition": { "type": "inactivity", "seconds": 1800 } }
        """,
        """
        { "id": "sim-screen-overheat", "name": "Screen above 60 °C", "target": { "profileId": "screen" }, "severity": "minor",
          "description": "Starter rule of the simulated city: a screen's cooling failed.",
          "condition": { "type": "threshold", "key": "temperature", "operator": ">", "value": 60 } }
        """,
        """
        { "id": "sim-water-continuous-flow", "name": "Water flowing for 20 hours without a break (possible leak)", "target": { "profileId": "water-meter" }, "severity": "warning",
          "description": "Starter rule of the simulated city: a household's use stops at night, and even a large building's daytime use lasts under 20 hours; flow that never stops is a leak.",
          "condition": { "type": "threshold", "key": "flow", "operator": ">", "value": 0.005, "forSeconds": 72000 } }
        """,
    ];
}
