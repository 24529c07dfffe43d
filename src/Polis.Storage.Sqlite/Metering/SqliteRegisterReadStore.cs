using Polis.Metering.Ingest;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// Raw register reads in the embedded database (metering_register_reads, clustered on (meter, instant), and
/// metering_register_read_conflicts). A batch is one transaction of prepared statements: one insert per new read,
/// a look-up and an update only for reads already there.
/// </summary>
public sealed class SqliteRegisterReadStore(SqliteDatabase database) : IRegisterReadStore
{
    public async Task<IReadOnlyList<ReadOutcome>> AppendAsync(IReadOnlyList<RegisterReadWrite> reads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reads);
        if (reads.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var keys = new MeterKeys(connection);
        await using var writes = new RegisterReadWrites(connection);
        var outcomes = new ReadOutcome[reads.Count];
        for (var i = 0; i < reads.Count; i++)
        {
            var read = reads[i];
            outcomes[i] = await keys.FindAsync(read.MeterId, cancellationToken) is { } key
                ? await writes.AppendAsync(key, read, cancellationToken)
                : ReadOutcome.UnknownMeter;
        }

        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    public async Task<IReadOnlyList<StoredRegisterRead>> ListAsync(string meterId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var keys = new MeterKeys(connection);
        if (await keys.FindAsync(meterId, cancellationToken) is not { } key)
        {
            return [];
        }

        await using var select = connection.CreateCommand();
        select.CommandText =
            """
            SELECT at, value, received_at, source, duplicates, conflicts FROM metering_register_reads
            WHERE meter_key = $key AND at >= $from AND at < $to ORDER BY at LIMIT $limit
            """;
        MeteringRows.Bind(select, ("$key", key), ("$from", MeteringRows.CeilingMs(from)), ("$to", MeteringRows.CeilingMs(to)), ("$limit", limit));
        var rows = await select.ReadAllAsync(r => (At: r.GetInt64(0), Value: r.GetDouble(1), Received: r.GetInt64(2), Source: (ReadSource)r.GetInt32(3), Duplicates: r.GetInt32(4), Conflicts: r.GetInt32(5)), cancellationToken);
        var conflicting = new Dictionary<long, List<double>>();
        if (rows.Any(r => r.Conflicts > 0))
        {
            await using var conflicts = connection.CreateCommand();
            conflicts.CommandText = "SELECT at, value FROM metering_register_read_conflicts WHERE meter_key = $key AND at >= $from AND at <= $last ORDER BY at, received_at";
            MeteringRows.Bind(conflicts, ("$key", key), ("$from", rows[0].At), ("$last", rows[^1].At));
            foreach (var (at, value) in await conflicts.ReadAllAsync(r => (r.GetInt64(0), r.GetDouble(1)), cancellationToken))
            {
                (conflicting.TryGetValue(at, out var values) ? values : conflicting[at] = []).Add(value);
            }
        }

        return rows.Select(r => new StoredRegisterRead(MeteringRows.Instant(r.At), r.Value, MeteringRows.Instant(r.Received), r.Source, r.Duplicates,
            conflicting.TryGetValue(r.At, out var values) ? values : [])).ToList();
    }

    public async Task<DateTimeOffset?> GetLatestAtAsync(string meterId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT at FROM metering_register_reads WHERE meter_key = (SELECT key FROM metering_meters WHERE id = $id)
            ORDER BY at DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$id", meterId);
        return await command.ExecuteScalarAsync(cancellationToken) is long at ? MeteringRows.Instant(at) : null;
    }
}
