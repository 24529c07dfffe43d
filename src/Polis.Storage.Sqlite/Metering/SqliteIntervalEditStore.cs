using Microsoft.Data.Sqlite;
using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Metering.Validation;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Analyst edits in the embedded database (metering_interval_edits, migration 0017), saved with their effect on the series.</summary>
public sealed class SqliteIntervalEditStore(SqliteDatabase database) : IIntervalEditStore
{
    private const string Columns = "e.id, m.id, e.action, e.start_at, e.end_at, e.quantity, e.reason, e.actor, e.at";

    public async Task<IReadOnlyList<StoredEdit>> ListAsync(string meterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT {Columns} FROM metering_interval_edits e JOIN metering_meters m ON m.key = e.meter_key
            WHERE m.id = $id AND e.start_at < $to AND e.end_at > $from ORDER BY e.id
            """;
        MeteringRows.Bind(command, ("$id", meterId), ("$from", IntervalRows.CeilingSeconds(from)), ("$to", IntervalRows.CeilingSeconds(to)));
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<StoredEdit> SaveAsync(string meterId, AnalystEdit edit, DateTimeOffset at, IntervalWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            """
            INSERT INTO metering_interval_edits (meter_key, action, start_at, end_at, quantity, reason, actor, at)
            SELECT key, $action, $start, $end, $quantity, $reason, $actor, $at FROM metering_meters WHERE id = $id
            RETURNING id
            """;
        MeteringRows.Bind(insert, ("$id", meterId), ("$action", (int)edit.Action), ("$start", IntervalRows.Seconds(edit.Start)), ("$end", IntervalRows.Seconds(edit.End)),
            ("$quantity", edit.Quantity), ("$reason", edit.Reason), ("$actor", edit.Actor), ("$at", MeteringRows.Ms(at)));
        var id = await insert.ExecuteScalarAsync(cancellationToken) as long? ?? throw new KeyNotFoundException($"There is no meter '{meterId}'; nothing was saved.");
        await IntervalSave.RunAsync(connection, [write], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoredEdit(id, meterId, edit, at);
    }

    private static StoredEdit Read(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        new AnalystEdit((AnalystAction)r.GetInt32(2), IntervalRows.Instant(r.GetInt64(3)), IntervalRows.Instant(r.GetInt64(4)), r.GetString(6), r.GetString(7))
        {
            Quantity = r.IsDBNull(5) ? null : r.GetDouble(5),
        },
        MeteringRows.Instant(r.GetInt64(8)));
}
