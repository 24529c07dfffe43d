using Microsoft.Data.Sqlite;
using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Service points in the embedded database (metering_service_points).</summary>
public sealed class SqliteServicePointStore(SqliteDatabase database) : IServicePointStore
{
    private const string Table = "metering_service_points";

    public Task<Page<ServicePoint>> ListAsync(ServicePointQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<string>();
        if (query.AccountId is not null)
        {
            filters.Add("account_id = $account");
        }

        if (query.DistrictId is not null)
        {
            filters.Add("district_id = $district");
        }

        if (query.FeederMeterId is not null)
        {
            filters.Add("feeder_meter_id = $feeder");
        }

        void Bind(SqliteCommand c) => MeteringRows.Bind(c, ("$account", query.AccountId), ("$district", query.DistrictId), ("$feeder", query.FeederMeterId));
        var where = filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters);
        return MeteringSql.PageAsync(database, Table, MeteringRows.ServicePointColumns, where, Bind, query.Offset, query.Limit, MeteringRows.ReadServicePoint, cancellationToken);
    }

    public Task<ServicePoint?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.GetAsync(database, Table, MeteringRows.ServicePointColumns, id, MeteringRows.ReadServicePoint, cancellationToken);

    public Task<bool> CreateAsync(ServicePoint servicePoint, CancellationToken cancellationToken = default) =>
        MeteringSql.WriteAsync(database,
            $"INSERT INTO {Table} ({MeteringRows.ServicePointColumns}) VALUES ($id, $account, $kind, $address, $district, $lon, $lat, $occupied, $feeder, $created, $updated)",
            c => MeteringRows.BindServicePoint(c, servicePoint), cancellationToken);

    public Task<bool> UpdateAsync(ServicePoint servicePoint, CancellationToken cancellationToken = default) =>
        MeteringSql.WriteAsync(database,
            $"""
            UPDATE {Table} SET account_id = $account, kind = $kind, address = $address, district_id = $district, longitude = $lon, latitude = $lat,
                occupied = $occupied, feeder_meter_id = $feeder, updated_at = $updated
            WHERE id = $id
            """,
            c => MeteringRows.BindServicePoint(c, servicePoint), cancellationToken);

    public Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.DeleteAsync(database, Table, id, ["SELECT 1 FROM metering_installations WHERE service_point_id = $id"], cancellationToken);
}
