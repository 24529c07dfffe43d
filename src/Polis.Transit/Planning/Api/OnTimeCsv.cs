namespace Polis.Transit.Planning.Api;

/// <summary>The on-time report as CSV: one row for the network, then one per route (with its runs), stop, and hour by day type.</summary>
internal static class OnTimeCsv
{
    private const int RunColumns = 4;

    public static string Write(OnTimeReport report)
    {
        var csv = new CsvBuilder().Row("scope", "route_id", "route_name", "stop_id", "stop_name", "day_type", "hour", "headway_based", "measured", "on_time", "early",
            "late", "on_time_pct", "early_pct", "late_pct", "scheduled_runs", "observed_runs", "missed_runs", "untracked_runs");
        Figures(csv.Text("network").Text(report.RouteId).Empty(6), report.Network).Empty(RunColumns).EndRow();
        foreach (var r in report.Routes)
        {
            Figures(csv.Text("route").Text(r.RouteId).Text(r.RouteName).Empty(4).Flag(r.HeadwayBased), r.Figures)
                .Number(r.Runs.Scheduled).Number(r.Runs.Observed).Number(r.Runs.Missed).Number(r.Runs.Untracked).EndRow();
        }

        foreach (var s in report.Stops)
        {
            Figures(csv.Text("stop").Text(s.RouteId).Empty(1).Text(s.StopId).Text(s.StopName).Empty(3), s.Figures).Empty(RunColumns).EndRow();
        }

        foreach (var h in report.Hours)
        {
            Figures(csv.Text("hour").Text(report.RouteId).Empty(3).Name(h.DayType).Number(h.Hour).Empty(1), h.Figures).Empty(RunColumns).EndRow();
        }

        return csv.ToString();
    }

    private static CsvBuilder Figures(CsvBuilder csv, OnTimeFigures f) =>
        csv.Number(f.Measured).Number(f.OnTime).Number(f.Early).Number(f.Late).Number(f.OnTimePercent).Number(f.EarlyPercent).Number(f.LatePercent);
}
