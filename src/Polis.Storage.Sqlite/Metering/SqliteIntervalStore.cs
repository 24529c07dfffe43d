using System.Runtime.CompilerServices;
using Polis.Metering.Readings;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// The current interval series and its audit trail in the embedded database (metering_intervals, WITHOUT ROWID and
/// clustered on (meter, start), so a meter's range is one contiguous b-tree scan; metering_interval_audit, which
/// triggers keep append-only). A save reads each meter's stored range once, writes only what differs, and explains
/// every change it makes without an entry of its own with one signed by the write's actor.
/// </summary>
public sealed class SqliteIntervalStore(SqliteDatabase database) : IIntervalStore
{
    public async Task<IntervalSaveResult> SaveAsync(IReadOnlyList<IntervalWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await IntervalSave.RunAsync(connection, writes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<IReadOnlyList<StoredInterval>> ListAsync(string meterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await foreach (var meter in StreamAsync([meterId], from, to, cancellationToken))
        {
            return meter.Values;
        }

        return [];
    }

    public async IAsyncEnumerable<MeterIntervals> StreamAsync(
        IReadOnlyList<string> meterIds, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meterIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var keys = new MeterKeys(connection);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {IntervalRows.Columns} FROM metering_intervals WHERE meter_key = $key AND start_at >= $from AND start_at < $to ORDER BY start_at";
        var keyParameter = select.Parameters.AddWithValue("$key", 0L);
        select.Parameters.AddWithValue("$from", IntervalRows.CeilingSeconds(from));
        select.Parameters.AddWithValue("$to", IntervalRows.CeilingSeconds(to));
        foreach (var meterId in meterIds)
        {
            if (await keys.FindAsync(meterId, cancellationToken) is not { } key)
            {
                yield return new MeterIntervals(meterId, []);
                continue;
            }

            keyParameter.Value = key;
            yield return new MeterIntervals(meterId, await select.ReadAllAsync(IntervalRows.Read, cancellationToken));
        }
    }

    public async Task<IReadOnlyList<IntervalAuditRecord>> ListAuditAsync(string meterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT {IntervalRows.AuditColumns} FROM metering_interval_audit
            WHERE meter_key = (SELECT key FROM metering_meters WHERE id = $id) AND interval_start >= $from AND interval_start < $to
            ORDER BY interval_start, id
            """;
        MeteringRows.Bind(command, ("$id", meterId), ("$from", IntervalRows.CeilingSeconds(from)), ("$to", IntervalRows.CeilingSeconds(to)));
        return await command.ReadAllAsync(IntervalRows.ReadAudit, cancellationToken);
    }
}
