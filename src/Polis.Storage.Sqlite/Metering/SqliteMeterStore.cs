using Microsoft.Data.Sqlite;
using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Meters in the embedded database (metering_meters); their integer key is internal to the read and interval tables.</summary>
public sealed class SqliteMeterStore(SqliteDatabase database) : IMeterStore
{
    private const string Table = "metering_meters";

    /// <summary>What keeps a meter from being deleted: anything recorded of it or pointing at it.</summary>
    private static readonly string[] UsedBy =
    [
        "SELECT 1 FROM metering_installations WHERE meter_id = $id",
        "SELECT 1 FROM metering_service_point_feeders WHERE feeder_meter_id = $id",
        "SELECT 1 FROM metering_register_reads WHERE meter_key = (SELECT key FROM metering_meters WHERE id = $id)",
        "SELECT 1 FROM metering_register_read_conflicts WHERE meter_key = (SELECT key FROM metering_meters WHERE id = $id)",
        "SELECT 1 FROM metering_intervals WHERE meter_key = (SELECT key FROM metering_meters WHERE id = $id)",
        "SELECT 1 FROM metering_interval_audit WHERE meter_key = (SELECT key FROM metering_meters WHERE id = $id)",
    ];

    public Task<Page<Meter>> ListAsync(MeterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<string>();
        if (query.Kind is not null)
        {
            filters.Add("kind = $kind");
        }

        if (query.DeviceId is not null)
        {
            filters.Add("device_id = $device");
        }

        if (query.Search is not null)
        {
            filters.Add(@"(id LIKE $q ESCAPE '\' OR serial LIKE $q ESCAPE '\')");
        }

        void Bind(SqliteCommand c) => MeteringRows.Bind(c,
            ("$kind", query.Kind is { } kind ? (int)kind : null), ("$device", query.DeviceId), ("$q", query.Search is { } q ? MeteringRows.Contains(q) : null));
        var where = filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters);
        return MeteringSql.PageAsync(database, Table, MeteringRows.MeterColumns, where, Bind, query.Offset, query.Limit, MeteringRows.ReadMeter, cancellationToken);
    }

    public Task<Meter?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.GetAsync(database, Table, MeteringRows.MeterColumns, id, MeteringRows.ReadMeter, cancellationToken);

    public async Task<Meter?> FindByDeviceAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {MeteringRows.MeterColumns} FROM {Table} WHERE device_id = $device";
        command.Parameters.AddWithValue("$device", deviceId);
        return (await command.ReadAllAsync(MeteringRows.ReadMeter, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<DeviceMeter>> ListDeviceMetersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT device_id, id, kind, reading_type FROM {Table} WHERE device_id IS NOT NULL";
        return await command.ReadAllAsync(r => new DeviceMeter(r.GetString(0), r.GetString(1), (MeterKind)r.GetInt32(2)) { ReadingType = (MeterReadingType)r.GetInt32(3) }, cancellationToken);
    }

    public Task<bool> CreateAsync(Meter meter, CancellationToken cancellationToken = default) =>
        MeteringSql.WriteAsync(database,
            $"INSERT INTO {Table} ({MeteringRows.MeterColumns}) VALUES ($id, $kind, $serial, $device, $digits, $multiplier, $interval, $created, $updated, $readingType)",
            c => MeteringRows.BindMeter(c, meter), cancellationToken);

    public Task<bool> UpdateAsync(Meter meter, CancellationToken cancellationToken = default) =>
        MeteringSql.WriteAsync(database,
            $"""
            UPDATE {Table} SET kind = $kind, serial = $serial, device_id = $device, register_digits = $digits, multiplier = $multiplier,
                interval_minutes = $interval, updated_at = $updated, reading_type = $readingType
            WHERE id = $id
            """,
            c => MeteringRows.BindMeter(c, meter), cancellationToken);

    public Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.DeleteAsync(database, Table, id, UsedBy, cancellationToken);
}
