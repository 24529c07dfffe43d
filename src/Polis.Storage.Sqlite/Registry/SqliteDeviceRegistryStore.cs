using Microsoft.Data.Sqlite;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Registry;

/// <summary>The device registry in the embedded SQLite database.</summary>
public sealed class SqliteDeviceRegistryStore(SqliteDatabase database) : IDeviceRegistryStore
{
    private const int SqliteConstraintViolation = 19;

    public async Task<IReadOnlyList<DeviceProfile>> ListProfilesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DeviceRowMapper.ProfileColumns} FROM device_profiles ORDER BY id";
        return await command.ReadAllAsync(DeviceRowMapper.ReadProfile, cancellationToken);
    }

    public async Task<DeviceProfile?> GetProfileAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DeviceRowMapper.ProfileColumns} FROM device_profiles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(DeviceRowMapper.ReadProfile, cancellationToken)).FirstOrDefault();
    }

    public async Task UpsertProfileAsync(DeviceProfile profile, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO device_profiles (id, name, description, reporting_interval_s, inactivity_timeout_s, effective_timeout_s, telemetry_json, built_in, commands_json)
            VALUES ($id, $name, $description, $interval, $timeout, $effectiveTimeout, $telemetry, $builtIn, $commands)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description,
                reporting_interval_s = excluded.reporting_interval_s, inactivity_timeout_s = excluded.inactivity_timeout_s,
                effective_timeout_s = excluded.effective_timeout_s, telemetry_json = excluded.telemetry_json, built_in = excluded.built_in,
                commands_json = excluded.commands_json
            """;
        DeviceRowMapper.BindProfile(command, profile);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> DeleteProfileAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM device_profiles WHERE id = $id AND NOT EXISTS (SELECT 1 FROM devices WHERE profile_id = $id)";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> CountDevicesOfProfileAsync(string profileId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM devices WHERE profile_id = $id";
        command.Parameters.AddWithValue("$id", profileId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> CreateDevicesAsync(IReadOnlyList<(Device Device, string TokenHash)> devices, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var (device, tokenHash) in devices)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO devices (id, profile_id, name, district, lon, lat, attributes_json, labels_json, token_hash, created_at, updated_at)
                    VALUES ($id, $profile, $name, $district, $lon, $lat, $attributes, $labels, $token, $created, $updated)
                    """;
                DeviceRowMapper.BindDevice(insert, device);
                insert.Parameters.AddWithValue("$token", tokenHash);
                await insert.ExecuteNonQueryAsync(cancellationToken);
                await WriteLabelsAsync(connection, transaction, device, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraintViolation)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
    }

    public async Task<Device?> GetDeviceAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DeviceRowMapper.DeviceColumns} FROM devices d WHERE d.id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(DeviceRowMapper.ReadDevice, cancellationToken)).FirstOrDefault();
    }

    public async Task<bool> UpdateDeviceAsync(Device device, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE devices SET profile_id = $profile, name = $name, district = $district, lon = $lon, lat = $lat,
                attributes_json = $attributes, labels_json = $labels, updated_at = $updated
            WHERE id = $id
            """;
        DeviceRowMapper.BindDevice(update, device);
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await WriteLabelsAsync(connection, transaction, device, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteDeviceAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM devices WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<Page<Device>> QueryDevicesAsync(DeviceQuery query, long now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) {DeviceQuerySql.From}{DeviceQuerySql.Where(count, query, now)}";
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {DeviceRowMapper.DeviceColumns} {DeviceQuerySql.From}{DeviceQuerySql.Where(select, query, now)} ORDER BY d.id LIMIT $limit OFFSET $offset";
        select.Parameters.AddWithValue("$limit", query.Limit);
        select.Parameters.AddWithValue("$offset", query.Offset);
        var items = await select.ReadAllAsync(DeviceRowMapper.ReadDevice, cancellationToken);
        return new Page<Device>(items, total, query.Offset, query.Limit);
    }

    public async Task<IReadOnlyList<string>> QueryDeviceIdsAsync(DeviceQuery query, long now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT d.id {DeviceQuerySql.From}{DeviceQuerySql.Where(select, query, now)} ORDER BY d.id";
        return await select.ReadAllAsync(r => r.GetString(0), cancellationToken);
    }

    public async Task<(string DeviceId, string ProfileId)?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, profile_id FROM devices WHERE token_hash = $hash";
        command.Parameters.AddWithValue("$hash", tokenHash);
        var rows = await command.ReadAllAsync(r => (r.GetString(0), r.GetString(1)), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<bool> SetTokenHashAsync(string deviceId, string tokenHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE devices SET token_hash = $hash WHERE id = $id";
        command.Parameters.AddWithValue("$hash", tokenHash);
        command.Parameters.AddWithValue("$id", deviceId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task WriteLabelsAsync(SqliteConnection connection, SqliteTransaction transaction, Device device, CancellationToken cancellationToken)
    {
        await using var clear = connection.CreateCommand();
        clear.Transaction = transaction;
        clear.CommandText = "DELETE FROM device_labels WHERE device_id = $id";
        clear.Parameters.AddWithValue("$id", device.Id);
        await clear.ExecuteNonQueryAsync(cancellationToken);
        foreach (var label in device.Labels)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR IGNORE INTO device_labels (device_id, label) VALUES ($id, $label)";
            insert.Parameters.AddWithValue("$id", device.Id);
            insert.Parameters.AddWithValue("$label", label);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
