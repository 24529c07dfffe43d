using Microsoft.Data.Sqlite;
using Polis.Metering.Ingest;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// The prepared statements of one register read batch. A new (meter, instant) is one insert; an existing one is read
/// back and either counted as a duplicate (same value; not when either is a back-filled copy) or kept as a conflicting
/// read that flags the stored one.
/// </summary>
internal sealed class RegisterReadWrites : IAsyncDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _existing;
    private readonly SqliteCommand _duplicate;
    private readonly SqliteCommand _conflict;
    private readonly SqliteCommand _repeat;
    private readonly SqliteCommand _flag;

    public RegisterReadWrites(SqliteConnection connection)
    {
        _insert = Command(connection, "INSERT OR IGNORE INTO metering_register_reads (meter_key, at, value, received_at, source) VALUES ($key, $at, $value, $received, $source)");
        _existing = Command(connection, "SELECT value, source FROM metering_register_reads WHERE meter_key = $key AND at = $at");
        _duplicate = Command(connection, "UPDATE metering_register_reads SET duplicates = duplicates + 1 WHERE meter_key = $key AND at = $at");
        _conflict = Command(connection, "INSERT OR IGNORE INTO metering_register_read_conflicts (meter_key, at, value, received_at, source) VALUES ($key, $at, $value, $received, $source)");
        _repeat = Command(connection, "UPDATE metering_register_read_conflicts SET repeats = repeats + 1 WHERE meter_key = $key AND at = $at AND value = $value");
        _flag = Command(connection, "UPDATE metering_register_reads SET conflicts = conflicts + 1 WHERE meter_key = $key AND at = $at");
    }

    public async Task<ReadOutcome> AppendAsync(long key, RegisterReadWrite read, CancellationToken cancellationToken)
    {
        Set(_insert, key, read);
        if (await _insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return ReadOutcome.Accepted;
        }

        Set(_existing, key, read);
        double stored;
        ReadSource storedSource;
        await using (var existing = await _existing.ExecuteReaderAsync(cancellationToken))
        {
            await existing.ReadAsync(cancellationToken);
            (stored, storedSource) = (existing.GetDouble(0), (ReadSource)existing.GetInt32(1));
        }

        // A back-filled copy and the device's own delivery are one reading seen twice by metering, never a duplicate sent.
        var copy = read.Source == ReadSource.Backfill || (read.Source == ReadSource.Device && storedSource == ReadSource.Backfill);
        if (stored.Equals(read.Value))
        {
            if (!copy)
            {
                Set(_duplicate, key, read);
                await _duplicate.ExecuteNonQueryAsync(cancellationToken);
            }

            return ReadOutcome.Duplicate;
        }

        Set(_conflict, key, read);
        var first = await _conflict.ExecuteNonQueryAsync(cancellationToken) == 1;
        var follow = first ? _flag : _repeat;
        Set(follow, key, read);
        if (first || !copy)
        {
            await follow.ExecuteNonQueryAsync(cancellationToken);
        }

        return ReadOutcome.Conflicting;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _insert, _existing, _duplicate, _conflict, _repeat, _flag })
        {
            await command.DisposeAsync();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in new[] { ("$key", SqliteType.Integer), ("$at", SqliteType.Integer), ("$value", SqliteType.Real), ("$received", SqliteType.Integer), ("$source", SqliteType.Integer) })
        {
            command.Parameters.Add(name, type);
        }

        return command;
    }

    private static void Set(SqliteCommand command, long key, RegisterReadWrite read)
    {
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = read.At.ToUnixTimeMilliseconds();
        command.Parameters[2].Value = read.Value;
        command.Parameters[3].Value = read.ReceivedAt.ToUnixTimeMilliseconds();
        command.Parameters[4].Value = (int)read.Source;
    }
}
