using Polis.Metering.Ingest;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>The tally of meter devices without a meter in the embedded database (metering_unassigned_devices).</summary>
public sealed class SqliteUnassignedDeviceStore(SqliteDatabase database) : IUnassignedDeviceStore
{
    private static readonly string[] Parameters = ["$device", "$profile", "$readings", "$first", "$last", "$value", "$received"];

    public async Task RecordAsync(IReadOnlyList<UnassignedDevice> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var upsert = connection.CreateCommand();
        // On conflict every right-hand side reads the row as it was, so last_value compares with the old last_reading_at.
        upsert.CommandText =
            """
            INSERT INTO metering_unassigned_devices (device_id, profile_id, readings, first_reading_at, last_reading_at, last_value, last_received_at)
            VALUES ($device, $profile, $readings, $first, $last, $value, $received)
            ON CONFLICT (device_id) DO UPDATE SET
                profile_id = excluded.profile_id,
                readings = readings + excluded.readings,
                first_reading_at = MIN(first_reading_at, excluded.first_reading_at),
                last_reading_at = MAX(last_reading_at, excluded.last_reading_at),
                last_value = CASE WHEN excluded.last_reading_at >= last_reading_at THEN excluded.last_value ELSE last_value END,
                last_received_at = MAX(last_received_at, excluded.last_received_at)
            """;
        var parameters = Parameters.Select(n => upsert.Parameters.AddWithValue(n, DBNull.Value)).ToArray();
        foreach (var device in batch)
        {
            object[] values = [device.DeviceId, device.ProfileId, device.Readings, MeteringRows.Ms(device.FirstReadingAt), MeteringRows.Ms(device.LastReadingAt),
                device.LastValue, MeteringRows.Ms(device.LastReceivedAt)];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnassignedDevice>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT device_id, profile_id, readings, first_reading_at, last_reading_at, last_value, last_received_at
            FROM metering_unassigned_devices ORDER BY last_received_at DESC, device_id
            """;
        return await command.ReadAllAsync(
            r => new UnassignedDevice(r.GetString(0), r.GetString(1), r.GetInt64(2), MeteringRows.Instant(r.GetInt64(3)), MeteringRows.Instant(r.GetInt64(4)),
                r.GetDouble(5), MeteringRows.Instant(r.GetInt64(6))),
            cancellationToken);
    }

    public async Task RemoveAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM metering_unassigned_devices WHERE device_id = $device";
        command.Parameters.AddWithValue("$device", deviceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
