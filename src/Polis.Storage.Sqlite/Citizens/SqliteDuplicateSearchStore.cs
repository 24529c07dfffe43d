using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>
/// The duplicate pre-filter in the embedded database: ix_citizens_reports_place (service, open, latitude, longitude,
/// migration 0027) turns "open reports of this service in this box" into one index range on latitude.
/// </summary>
public sealed class SqliteDuplicateSearchStore(SqliteDatabase database) : IDuplicateSearchStore
{
    public async Task<IReadOnlyList<Report>> OpenInBoxAsync(
        string serviceCode, BoundingBox box, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {CitizensReportRows.ReportColumns} FROM citizens_reports INDEXED BY ix_citizens_reports_place
            WHERE service_code = $service AND is_open = 1 AND latitude BETWEEN $south AND $north AND longitude BETWEEN $west AND $east
              AND requested_at BETWEEN $from AND $to
            LIMIT $limit
            """;
        CitizensReportRows.Bind(command,
            ("$service", serviceCode), ("$south", box.South), ("$north", box.North), ("$west", box.West), ("$east", box.East),
            ("$from", CitizensReportRows.Ms(from)), ("$to", CitizensReportRows.Ms(to)), ("$limit", limit));
        return await command.ReadAllAsync(CitizensReportRows.ReadReport, cancellationToken);
    }
}
