using System.Globalization;

namespace Polis.Transit.Planning.Api;

/// <summary>The running-time report as CSV: one row per route direction, kind, stops, day type and time band.</summary>
internal static class RunningTimeCsv
{
    public static string Write(RunningTimeReport report)
    {
        var percentile = "p" + report.Percentile.ToString("0.##", CultureInfo.InvariantCulture) + "_s";
        var bands = report.Bands.ToDictionary(b => b.Name, StringComparer.Ordinal);
        var csv = new CsvBuilder().Row("route_id", "direction_id", "kind", "from_stop_id", "from_stop_name", "to_stop_id", "to_stop_name", "day_type", "band",
            "band_start", "band_end", "scheduled_s", "count", "mean_s", "median_s", percentile, "proposed_s", "change_s", "note");
        foreach (var r in report.Rows)
        {
            var band = bands[r.Band];
            csv.Text(r.RouteId).Number(r.DirectionId).Name(r.Kind).Text(r.FromStopId).Text(r.FromStopName).Text(r.ToStopId).Text(r.ToStopName).Name(r.DayType)
                .Text(r.Band).Time(band.Start).Time(band.End).Number(r.ScheduledSeconds).Number(r.Count).Number(r.MeanSeconds).Number(r.MedianSeconds)
                .Number(r.PercentileSeconds).Number(r.ProposedSeconds).Number(r.ChangeSeconds).Text(r.Note).EndRow();
        }

        return csv.ToString();
    }
}
