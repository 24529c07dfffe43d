using Polis.Transit.Timetable;

namespace Polis.Transit.Live;

/// <summary>
/// What the tracker knows of one vehicle (a device of the <c>bus</c> profile) after its latest accepted report:
/// position, the trip run it serves, progress along the trip's shape, schedule deviation, headway to the vehicle
/// ahead and predictions for every downstream stop. Immutable: the tracker replaces it on each report.
/// </summary>
public sealed record VehicleState(
    string VehicleId,
    string? Label,
    VehiclePosition Position,
    TripInstance? Trip,
    TripMatchSource MatchSource,
    double? ProgressMetres,
    int? NextStopIndex,
    VehicleStopStatus StopStatus,
    int? DelaySeconds,
    int? HeadwaySeconds,
    int? OccupancyPercent,
    IReadOnlyList<StopTimePrediction> Predictions,
    DateTimeOffset UpdatedAt);
