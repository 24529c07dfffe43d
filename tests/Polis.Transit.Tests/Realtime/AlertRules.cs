using Polis.Transit.Realtime.Protobuf;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Realtime;

/// <summary>The validator's rules on one Alert against the static network (E032, E033, E034, E004, E011, E001, trip rules).</summary>
internal static class AlertRules
{
    public static void Check(List<string> findings, string entity, Alert alert, TransitNetwork? network)
    {
        if (alert.InformedEntity.Count == 0)
        {
            findings.Add($"E032 alert '{entity}' has no informed_entity");
        }

        foreach (var selector in alert.InformedEntity)
        {
            if (!selector.HasAgencyId && !selector.HasRouteId && !selector.HasRouteType && selector.Trip is null && !selector.HasStopId)
            {
                findings.Add($"E033 alert '{entity}' informed_entity without specifiers");
            }

            if (selector.HasAgencyId && (network is null || !network.Agencies.ContainsKey(selector.AgencyId)))
            {
                findings.Add($"E034 alert '{entity}' agency_id '{selector.AgencyId}' is not in the GTFS");
            }

            if (selector.HasRouteId && (network is null || !network.Routes.ContainsKey(selector.RouteId)))
            {
                findings.Add($"E004 alert '{entity}' route_id '{selector.RouteId}' is not in the GTFS");
            }

            if (selector.HasStopId)
            {
                GtfsRealtimeRules.StopExists(findings, entity, selector.StopId, network);
            }

            if (selector.Trip is { } trip)
            {
                TripDescriptorRules.Check(findings, entity, trip, network, namesRun: false);
            }
        }

        foreach (var period in alert.ActivePeriod)
        {
            if (period.HasStart)
            {
                GtfsRealtimeRules.Posix(findings, $"{entity}.active_period.start", period.Start);
            }

            if (period.HasEnd)
            {
                GtfsRealtimeRules.Posix(findings, $"{entity}.active_period.end", period.End);
            }
        }
    }
}
