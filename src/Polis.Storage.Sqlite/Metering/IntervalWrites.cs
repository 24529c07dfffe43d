using Microsoft.Data.Sqlite;
using Polis.Metering.Readings;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// The prepared statements of one interval save: the range read of a meter's stored values, the upsert of a value,
/// the append of an audit entry. Values already stored as given are not written again.
/// </summary>
internal sealed class IntervalWrites : IAsyncDisposable
{
    private readonly SqliteCommand _range;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _audit;

    public IntervalWrites(SqliteConnection connection)
    {
        _range = connection.CreateCommand();
        _range.CommandText = $"SELECT {IntervalRows.Columns} FROM metering_intervals WHERE meter_key = $key AND start_at >= $from AND start_at <= $to";
        Parameters(_range, "$key", "$from", "$to");
        _upsert = connection.CreateCommand();
        _upsert.CommandText =
            """
            INSERT INTO metering_intervals (meter_key, start_at, minutes, quantity, quality, rule, reason) VALUES ($key, $start, $minutes, $quantity, $quality, $rule, $reason)
            ON CONFLICT (meter_key, start_at) DO UPDATE SET minutes = excluded.minutes, quantity = excluded.quantity, quality = excluded.quality,
                rule = excluded.rule, reason = excluded.reason
            """;
        Parameters(_upsert, "$key", "$start", "$minutes", "$quantity", "$quality", "$rule", "$reason");
        _audit = connection.CreateCommand();
        _audit.CommandText = $"INSERT INTO metering_interval_audit (meter_key, {IntervalRows.AuditColumns}) VALUES ($key, $start, $end, $oldQuantity, $oldQuality, $newQuantity, $newQuality, $rule, $reason, $actor, $at)";
        Parameters(_audit, "$key", "$start", "$end", "$oldQuantity", "$oldQuality", "$newQuantity", "$newQuality", "$rule", "$reason", "$actor", "$at");
    }

    /// <summary>The meter's stored values starting in [<paramref name="first"/>, <paramref name="last"/>] (seconds), by start.</summary>
    public async Task<Dictionary<long, StoredInterval>> ReadRangeAsync(long key, long first, long last, CancellationToken cancellationToken)
    {
        Set(_range, key, first, last);
        return (await _range.ReadAllAsync(IntervalRows.Read, cancellationToken)).ToDictionary(v => v.Value.Start.ToUnixTimeSeconds());
    }

    public Task UpsertAsync(long key, StoredInterval value, CancellationToken cancellationToken)
    {
        Set(_upsert, key, IntervalRows.Seconds(value.Value.Start), IntervalRows.Minutes(value.Value), value.Value.Quantity, (int)value.Value.Quality, value.Rule, value.Reason);
        return _upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task AppendAuditAsync(long key, IntervalAuditRecord entry, CancellationToken cancellationToken)
    {
        Set(_audit, key, IntervalRows.Seconds(entry.IntervalStart), IntervalRows.Seconds(entry.IntervalEnd), entry.OldQuantity, entry.OldQuality is { } old ? (int)old : null,
            entry.NewQuantity, (int)entry.NewQuality, entry.Rule, entry.Reason, entry.Actor, entry.At.ToUnixTimeMilliseconds());
        return _audit.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _range.DisposeAsync();
        await _upsert.DisposeAsync();
        await _audit.DisposeAsync();
    }

    private static void Parameters(SqliteCommand command, params string[] names)
    {
        foreach (var name in names)
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
