using Microsoft.Data.Sqlite;
using Polis.Metering.Detection;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Columns, reader and binding of metering_findings (migration 0019).</summary>
internal static class FindingRows
{
    public const string Columns = "id, kind, meter_id, service_point_id, district_id, first_seen, last_seen, status, summary, evidence, alarm_id, resolved_at";

    public static DetectionFinding Read(SqliteDataReader r) => new(
        r.GetInt64(0), (FindingKind)r.GetInt32(1), r.GetString(2), Text(r, 3), Text(r, 4), MeteringRows.Instant(r.GetInt64(5)), MeteringRows.Instant(r.GetInt64(6)),
        (FindingStatus)r.GetInt32(7), r.GetString(8), r.GetString(9), r.IsDBNull(10) ? null : Guid.Parse(r.GetString(10)),
        r.IsDBNull(11) ? null : MeteringRows.Instant(r.GetInt64(11)));

    public static void Bind(SqliteCommand command, DetectionFinding f) => MeteringRows.Bind(command,
        ("$id", f.Id), ("$kind", (int)f.Kind), ("$meter", f.MeterId), ("$servicePoint", f.ServicePointId), ("$district", f.DistrictId),
        ("$first", MeteringRows.Ms(f.FirstSeen)), ("$last", MeteringRows.Ms(f.LastSeen)), ("$status", (int)f.Status), ("$summary", f.Summary),
        ("$evidence", f.EvidenceJson), ("$alarm", f.AlarmId?.ToString()), ("$resolved", f.ResolvedAt is { } at ? MeteringRows.Ms(at) : null));

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
