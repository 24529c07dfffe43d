using Microsoft.Data.Sqlite;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>Removes every row of one device in the writer's transaction and drops its cached series ids.</summary>
internal static class DeviceDeletion
{
    // Each subquery is a lookup in telemetry_series' UNIQUE (device_id, key) index.
    private const string Sql = """
        DELETE FROM telemetry_raw WHERE series_id IN (SELECT id FROM telemetry_series WHERE device_id = $device);
        DELETE FROM telemetry_minute WHERE series_id IN (SELECT id FROM telemetry_series WHERE device_id = $device);
        DELETE FROM telemetry_hour WHERE series_id IN (SELECT id FROM telemetry_series WHERE device_id = $device);
        DELETE FROM telemetry_day WHERE series_id IN (SELECT id FROM telemetry_series WHERE device_id = $device);
        DELETE FROM telemetry_latest WHERE series_id IN (SELECT id FROM telemetry_series WHERE device_id = $device);
        DELETE FROM telemetry_series WHERE device_id = $device;
        DELETE FROM device_activity WHERE device_id = $device;
        """;
    public static long Delete(TelemetryBatchWriter writer, SqliteTransaction transaction, string deviceId)
    {
        // Forget first: if the transaction fails the ids are simply looked up again.
        writer.ForgetDevice(deviceId);
        using var command = writer.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$device", deviceId);
        return command.ExecuteNonQuery();
    }
}
