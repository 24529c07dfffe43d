using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Metering.Detection;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// Detection findings in the embedded database (metering_findings). A partial unique index keeps one open finding
/// per (kind, meter); an upsert reads and writes it in one transaction.
/// </summary>
public sealed class SqliteFindingStore(SqliteDatabase database) : IFindingStore
{
    public async Task<Page<DetectionFinding>> ListAsync(FindingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<string>();
        if (query.Kind is not null)
        {
            filters.Add("kind = $kind");
        }

        if (query.Status is not null)
        {
            filters.Add("status = $status");
        }

        if (query.DistrictId is not null)
        {
            filters.Add("district_id = $district");
        }

        if (query.MeterId is not null)
        {
            filters.Add("meter_id = $meter");
        }

        var where = filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM metering_findings" + where;
        Bind(count, query);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {FindingRows.Columns} FROM metering_findings{where} ORDER BY last_seen DESC, id DESC LIMIT $limit OFFSET $offset";
        Bind(select, query);
        MeteringRows.Bind(select, ("$limit", query.Limit), ("$offset", query.Offset));
        return new Page<DetectionFinding>(await select.ReadAllAsync(FindingRows.Read, cancellationToken), total, query.Offset, query.Limit);
    }

    public Task<DetectionFinding?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        MeteringSql.GetAsync(database, "metering_findings", FindingRows.Columns, id, FindingRows.Read, cancellationToken);

    public async Task<IReadOnlyList<DetectionFinding>> ListOpenAsync(IReadOnlyCollection<string>? meterIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {FindingRows.Columns} FROM metering_findings WHERE status = 0 ORDER BY id";
        var open = await command.ReadAllAsync(FindingRows.Read, cancellationToken);
        if (meterIds is null)
        {
            return open;
        }

        var wanted = meterIds as IReadOnlySet<string> ?? meterIds.ToHashSet(StringComparer.Ordinal);
        return open.Where(f => wanted.Contains(f.MeterId)).ToList();
    }

    public async Task<(DetectionFinding Finding, bool Created)> UpsertOpenAsync(DetectionFinding finding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finding);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var find = connection.CreateCommand();
        find.CommandText = $"SELECT {FindingRows.Columns} FROM metering_findings WHERE kind = $kind AND meter_id = $meter AND status = 0";
        MeteringRows.Bind(find, ("$kind", (int)finding.Kind), ("$meter", finding.MeterId));
        var open = (await find.ReadAllAsync(FindingRows.Read, cancellationToken)).FirstOrDefault();
        var stored = open is null
            ? finding with { Status = FindingStatus.Open, ResolvedAt = null }
            : open with
            {
                ServicePointId = finding.ServicePointId,
                DistrictId = finding.DistrictId,
                FirstSeen = finding.FirstSeen < open.FirstSeen ? finding.FirstSeen : open.FirstSeen,
                LastSeen = finding.LastSeen > open.LastSeen ? finding.LastSeen : open.LastSeen,
                Summary = finding.Summary,
                EvidenceJson = finding.EvidenceJson,
            };
        await using var write = connection.CreateCommand();
        write.CommandText = open is null
            ? $"INSERT INTO metering_findings ({FindingRows.Columns}) VALUES (NULL, $kind, $meter, $servicePoint, $district, $first, $last, $status, $summary, $evidence, $alarm, $resolved) RETURNING id"
            : """
              UPDATE metering_findings SET service_point_id = $servicePoint, district_id = $district, first_seen = $first, last_seen = $last,
                  summary = $summary, evidence = $evidence WHERE id = $id RETURNING id
              """;
        FindingRows.Bind(write, stored);
        var id = Convert.ToInt64(await write.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return (stored with { Id = id }, open is null);
    }

    public Task SetAlarmAsync(long id, Guid alarmId, CancellationToken cancellationToken = default) =>
        MeteringSql.WriteAsync(database, "UPDATE metering_findings SET alarm_id = $alarm WHERE id = $id",
            c => MeteringRows.Bind(c, ("$id", id), ("$alarm", alarmId.ToString())), cancellationToken);

    public Task<bool> ResolveAsync(long id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        MeteringSql.WriteAsync(database, "UPDATE metering_findings SET status = 1, resolved_at = $at WHERE id = $id AND status = 0",
            c => MeteringRows.Bind(c, ("$id", id), ("$at", MeteringRows.Ms(at))), cancellationToken);

    private static void Bind(SqliteCommand command, FindingQuery query) => MeteringRows.Bind(command,
        ("$kind", query.Kind is { } kind ? (int)kind : null), ("$status", query.Status is { } status ? (int)status : null),
        ("$district", query.DistrictId), ("$meter", query.MeterId));
}
