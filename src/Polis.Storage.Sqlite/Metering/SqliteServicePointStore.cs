using Microsoft.Data.Sqlite;
using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Service points in the embedded database (metering_service_points, their feeders in metering_service_point_feeders).</summary>
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
            filters.Add("id IN (SELECT service_point_id FROM metering_service_point_feeders WHERE feeder_meter_id = $feeder)");
        }

        void Bind(SqliteCommand c) => MeteringRows.Bind(c, ("$account", query.AccountId), ("$district", query.DistrictId), ("$feeder", query.FeederMeterId));
        var where = filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters);
        return MeteringSql.PageAsync(database, Table, MeteringRows.ServicePointWithFeeders, where, Bind, query.Offset, query.Limit, MeteringRows.ReadServicePoint, cancellationToken);
    }

    public Task<ServicePoint?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.GetAsync(database, Table, MeteringRows.ServicePointWithFeeders, id, MeteringRows.ReadServicePoint, cancellationToken);

    public Task<bool> CreateAsync(ServicePoint servicePoint, CancellationToken cancellationToken = default) =>
        WriteAsync(servicePoint,
            $"INSERT INTO {Table} ({MeteringRows.ServicePointColumns}) VALUES ($id, $account, $kind, $address, $district, $lon, $lat, $occupied, $created, $updated)",
            cancellationToken);

    public Task<bool> UpdateAsync(ServicePoint servicePoint, CancellationToken cancellationToken = default) =>
        WriteAsync(servicePoint,
            $"""
            UPDATE {Table} SET account_id = $account, kind = $kind, address = $address, district_id = $district, longitude = $lon, latitude = $lat,
                occupied = $occupied, updated_at = $updated
            WHERE id = $id
            """,
            cancellationToken);

    public Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.DeleteAsync(database, Table, id, ["SELECT 1 FROM metering_installations WHERE service_point_id = $id"], cancellationToken);

    /// <summary>
    /// Writes the service point row and replaces its feeders in one transaction, so a crash never leaves a service point
    /// balancing against half its old and half its new feeders. False when no row changed or a constraint broke.
    /// </summary>
    private async Task<bool> WriteAsync(ServicePoint servicePoint, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var row = connection.CreateCommand();
            row.CommandText = sql;
            MeteringRows.BindServicePoint(row, servicePoint);
            if (await row.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }

            await using var clear = connection.CreateCommand();
            clear.CommandText = "DELETE FROM metering_service_point_feeders WHERE service_point_id = $id";
            clear.Parameters.AddWithValue("$id", servicePoint.Id);
            await clear.ExecuteNonQueryAsync(cancellationToken);
            foreach (var feeder in servicePoint.FeederMeterIds)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO metering_service_point_feeders (service_point_id, feeder_meter_id) VALUES ($id, $feeder)";
                MeteringRows.Bind(insert, ("$id", servicePoint.Id), ("$feeder", feeder));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == MeteringRows.ConstraintViolation)
        {
            return false;
        }
    }
}
