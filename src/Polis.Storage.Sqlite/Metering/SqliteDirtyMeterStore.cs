using Polis.Metering.Processing;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// The validation queue in the embedded database (metering_validation_queue, migration 0017). Reads mark their meter
/// through triggers in the transaction that stores them; here the validator takes, completes and summarises marks.
/// </summary>
public sealed class SqliteDirtyMeterStore(SqliteDatabase database) : IDirtyMeterStore
{
    private const string Waiting =
        """
        SELECT m.id, q.dirty_from, q.revision FROM metering_validation_queue q JOIN metering_meters m ON m.key = q.meter_key
        ORDER BY q.dirty_from, q.meter_key LIMIT $limit
        """;

    public async Task<IReadOnlyList<DirtyMeter>> TakeAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Waiting;
        command.Parameters.AddWithValue("$limit", max);
        return await command.ReadAllAsync(r => new DirtyMeter(r.GetString(0), MeteringRows.Instant(r.GetInt64(1)), r.GetInt64(2)), cancellationToken);
    }

    public async Task<bool> MarkAsync(string meterId, DateTimeOffset from, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var keys = new MeterKeys(connection);
        if (await keys.FindAsync(meterId, cancellationToken) is not { } key)
        {
            return false;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO metering_validation_marks VALUES ($key, $from)"; // the view's trigger keeps the earliest mark
        MeteringRows.Bind(command, ("$key", key), ("$from", MeteringRows.Ms(from)));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    public async Task CompleteAsync(DirtyMeter meter, DateTimeOffset? continueFrom, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meter);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Only the revision that was validated is cleared (or moved on): a newer mark keeps its earlier dirty instant.
        command.CommandText = continueFrom is null
            ? "DELETE FROM metering_validation_queue WHERE meter_key = (SELECT key FROM metering_meters WHERE id = $id) AND revision = $revision"
            : "UPDATE metering_validation_queue SET dirty_from = $next WHERE meter_key = (SELECT key FROM metering_meters WHERE id = $id) AND revision = $revision";
        MeteringRows.Bind(command, ("$id", meter.MeterId), ("$revision", meter.Revision), ("$next", continueFrom is { } next ? MeteringRows.Ms(next) : null));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ValidationQueueSummary> SummarizeAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var totals = connection.CreateCommand();
        totals.CommandText = "SELECT COUNT(*), MIN(dirty_from) FROM metering_validation_queue";
        var (size, oldest) = (await totals.ReadAllAsync(r => (r.GetInt32(0), r.IsDBNull(1) ? (DateTimeOffset?)null : MeteringRows.Instant(r.GetInt64(1))), cancellationToken))[0];
        await using var waiting = connection.CreateCommand();
        waiting.CommandText = Waiting;
        waiting.Parameters.AddWithValue("$limit", limit);
        return new ValidationQueueSummary(size, oldest, await waiting.ReadAllAsync(r => new DirtyMeter(r.GetString(0), MeteringRows.Instant(r.GetInt64(1)), r.GetInt64(2)), cancellationToken));
    }
}
