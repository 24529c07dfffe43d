namespace Polis.Transit.Realtime.Alerts;

/// <summary>GTFS-Realtime Alert.SeverityLevel, with the specification's numbers (cast to and from the protobuf enum).</summary>
public enum AlertSeverityLevel
{
    UnknownSeverity = 1,
    Info = 2,
    Warning = 3,
    Severe = 4,
}
