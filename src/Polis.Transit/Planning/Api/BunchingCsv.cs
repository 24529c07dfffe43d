namespace Polis.Transit.Planning.Api;

/// <summary>The bunching report as CSV: one row per incident, or (table=summary) one per network, route direction and stop.</summary>
internal static class BunchingCsv
{
    public static string Incidents(BunchingReport report)
    {
        var csv = new CsvBuilder().Row("kind", "route_id", "direction_id", "stop_id", "stop_name", "service_date", "time", "vehicle_id", "previous_vehicle_id",
            "run_key", "previous_run_key", "observed_headway_s", "scheduled_headway_s", "ratio");
        foreach (var i in report.Incidents)
        {
            csv.Name(i.Kind).Text(i.RouteId).Number(i.DirectionId).Text(i.StopId).Text(i.StopName).Date(i.ServiceDate).Instant(i.Time).Text(i.VehicleId)
                .Text(i.PreviousVehicleId).Text(i.RunKey).Text(i.PreviousRunKey).Number(i.ObservedSeconds).Number(i.ScheduledSeconds).Number(i.Ratio).EndRow();
        }

        return csv.ToString();
    }

    public static string Summary(BunchingReport report)
    {
        var csv = new CsvBuilder().Row("scope", "route_id", "direction_id", "stop_id", "stop_name", "headway_based", "headways", "excluded",
            "mean_scheduled_headway_s", "mean_observed_headway_s", "deviation_cv", "level_of_service", "bunched", "gaps", "bunched_pct", "gap_pct");
        Add(csv, "network", report.Network);
        foreach (var route in report.Routes)
        {
            Add(csv, "route", route);
        }

        foreach (var stop in report.Stops)
        {
            Add(csv, "stop", stop);
        }

        return csv.ToString();
    }

    private static void Add(CsvBuilder csv, string scope, HeadwaySummary s) =>
        csv.Text(scope).Text(s.RouteId).Number(s.DirectionId).Text(s.StopId).Text(s.StopName).Flag(s.HeadwayBased).Number(s.Headways).Number(s.Excluded)
            .Number(s.MeanScheduledSeconds).Number(s.MeanObservedSeconds).Number(s.DeviationCv).Text(s.LevelOfService).Number(s.Bunched).Number(s.Gaps)
            .Number(s.BunchedPercent).Number(s.GapPercent).EndRow();
}
