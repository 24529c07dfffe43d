using Polis.Transit.Live;

namespace Polis.Dashboard.Transit;

/// <summary>
/// What the transit map's side panel shows of a vehicle: its state (trip run, delay, headway, next stop), its colour,
/// names resolved in the active network and its predicted arrivals. Times are shown in <see cref="TimeZone"/>, the
/// feed's (UTC without a feed).
/// </summary>
public sealed record TransitVehicleDetail(
    VehicleState State,
    DelayBand Band,
    string? RouteName,
    string? RouteColour,
    string? NextStopId,
    string? NextStopName,
    IReadOnlyList<TransitPredictionRow> Predictions,
    TimeZoneInfo TimeZone);
