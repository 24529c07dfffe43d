namespace Polis.Transit.Planning;

/// <summary>
/// A bunched or gapped headway: at <see cref="StopId"/>, the vehicle on <see cref="RunKey"/> served the stop at
/// <see cref="Time"/> (local), <see cref="ObservedSeconds"/> after the one before it, where the timetable has
/// <see cref="ScheduledSeconds"/>; <see cref="Ratio"/> = observed / scheduled.
/// </summary>
public sealed record HeadwayIncident(
    HeadwayIncidentKind Kind,
    string RouteId,
    int? DirectionId,
    string StopId,
    string? StopName,
    DateOnly ServiceDate,
    DateTimeOffset Time,
    string VehicleId,
    string PreviousVehicleId,
    string RunKey,
    string PreviousRunKey,
    int ObservedSeconds,
    int ScheduledSeconds,
    double Ratio);
