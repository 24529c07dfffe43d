using Microsoft.AspNetCore.Routing;
using Polis.Transit.Feeds;
using Polis.Transit.Planning.Api;
using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Cancellations;
using Polis.Transit.Tracking.Api;

namespace Polis.Transit.Hosting;

/// <summary>
/// The transit module's HTTP surface: <c>/api/v1/transit/*</c> for operators and planners (signed in) and the
/// public GTFS-Realtime feeds under <c>/gtfs-rt/*</c>.
/// </summary>
public static class TransitEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapTransitEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTransitFeedEndpoints();
        endpoints.MapTransitRouteEndpoints();
        endpoints.MapTransitStopEndpoints();
        endpoints.MapTransitTripEndpoints();
        endpoints.MapVehicleEndpoints();
        endpoints.MapStopDepartureEndpoints();
        endpoints.MapPredictionAccuracyEndpoints();
        endpoints.MapGtfsRealtimeEndpoints();
        endpoints.MapTransitAlertEndpoints();
        endpoints.MapTripCancellationEndpoints();
        endpoints.MapPlanningReportEndpoints();
        return endpoints;
    }
}
