namespace Polis.Dashboard.Map;

/// <summary>What a marker's colour says. The numbers are the wire format of <c>city-map.js</c>.</summary>
public enum MapMarkerState
{
    Online = 0,
    Offline = 1,
    Alarm = 2,
}
