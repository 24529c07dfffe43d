namespace Polis.Transit.Realtime.Alerts;

/// <summary>GTFS-Realtime Alert.Cause, with the specification's numbers (cast to and from the protobuf enum).</summary>
public enum AlertCause
{
    UnknownCause = 1,
    OtherCause = 2,
    TechnicalProblem = 3,
    Strike = 4,
    Demonstration = 5,
    Accident = 6,
    Holiday = 7,
    Weather = 8,
    Maintenance = 9,
    Construction = 10,
    PoliceActivity = 11,
    MedicalEmergency = 12,
}
