using Polis.Contracts.Telemetry;

namespace Polis.Transit.Tracking;

/// <summary>
/// Turns a bus device's readings into vehicle reports: one per timestamp that carries both coordinates (a batch may
/// hold several fixes). Values that cannot be numbers or text of the expected kind are left out, never thrown on;
/// the coordinates themselves are judged later by <see cref="ReportFilter"/> so bad ones are counted.
/// </summary>
public static class VehicleReportReader
{
    public static IReadOnlyList<VehicleReport> Read(string vehicleId, IReadOnlyList<TelemetryPoint> points)
    {
        if (string.IsNullOrEmpty(vehicleId) || points is null || points.Count == 0)
        {
            return [];
        }

        var reports = new List<VehicleReport>(1);
        foreach (var group in points.Where(p => p is not null).GroupBy(p => p.Timestamp).OrderBy(g => g.Key))
        {
            double? latitude = null, longitude = null, speed = null, bearing = null, occupancy = null;
            string? tripId = null, routeId = null;
            foreach (var point in group)
            {
                switch (point.Key)
                {
                    case "latitude": latitude = Number(point.Value); break;
                    case "longitude": longitude = Number(point.Value); break;
                    case "speed": speed = Number(point.Value); break;
                    case "bearing": bearing = Number(point.Value); break;
                    case "occupancy": occupancy = Number(point.Value); break;
                    case "trip_id": tripId = Text(point.Value); break;
                    case "route_id": routeId = Text(point.Value); break;
                    default: break;
                }
            }

            if (latitude is { } lat && longitude is { } lon)
            {
                reports.Add(new VehicleReport(
                    vehicleId,
                    DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(group.Key, -62_135_596_800_000, 253_402_300_799_999)),
                    lat,
                    lon,
                    speed is { } kmh && double.IsFinite(kmh) && kmh >= 0 ? kmh / 3.6 : null,
                    bearing is { } b && double.IsFinite(b) ? ((b % 360) + 360) % 360 : null,
                    tripId,
                    routeId,
                    occupancy is { } o && double.IsFinite(o) && o >= 0 ? (int)Math.Min(o, int.MaxValue) : null));
            }
        }

        return reports;
    }

    private static double? Number(TelemetryValue value) => value.IsNumeric ? value.Number : null;

    /// <summary>Ids may arrive as text or as numbers (a trip_id of 1234 sent unquoted); blank is no id.</summary>
    private static string? Text(TelemetryValue value)
    {
        var text = value.Kind == TelemetryValueKind.Number ? value.ToString() : value.Text;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
