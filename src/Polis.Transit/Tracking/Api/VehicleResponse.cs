using Polis.Transit.Live;

namespace Polis.Transit.Tracking.Api;

/// <summary>
/// A live vehicle: its registry name, last accepted position (speed in m/s), the run it serves and how it was found, progress, delay
/// (s, positive = late), headway to the vehicle ahead (s), next stop and status, occupancy, report counts (rejected
/// by reason), and its predictions (only when one vehicle is asked for).
/// </summary>
public sealed record VehicleResponse(
    string Id,
    string? Label,
    double Latitude,
    double Longitude,
    double? Bearing,
    double? SpeedMetresPerSecond,
    DateTimeOffset Timestamp,
    DateTimeOffset UpdatedAt,
    TripMatchSource MatchSource,
    VehicleTripResponse? Trip,
    double? ProgressMetres,
    int? DelaySeconds,
    int? HeadwaySeconds,
    NextStopResponse? NextStop,
    VehicleStopStatus? StopStatus,
    int? OccupancyPercent,
    long AcceptedReports,
    IReadOnlyDictionary<string, long> RejectedReports,
    IReadOnlyList<PredictionResponse>? Predictions);
