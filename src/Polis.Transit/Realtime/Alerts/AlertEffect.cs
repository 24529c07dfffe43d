namespace Polis.Transit.Realtime.Alerts;

/// <summary>GTFS-Realtime Alert.Effect, with the specification's numbers (cast to and from the protobuf enum).</summary>
public enum AlertEffect
{
    NoService = 1,
    ReducedService = 2,
    SignificantDelays = 3,
    Detour = 4,
    AdditionalService = 5,
    ModifiedService = 6,
    OtherEffect = 7,
    UnknownEffect = 8,
    StopMoved = 9,
    NoEffect = 10,
    AccessibilityIssue = 11,
}
