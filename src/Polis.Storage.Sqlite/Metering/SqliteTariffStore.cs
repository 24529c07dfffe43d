using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// Tariffs in the embedded database (metering_tariffs, the document as TariffJson), their history
/// (metering_tariff_history, one row per change) and their assignments (metering_tariff_assignments).
/// </summary>
public sealed class SqliteTariffStore(SqliteDatabase database) : ITariffStore
{
    private const string Columns = "document, created_at, updated_at, updated_by";

    public async Task<IReadOnlyList<StoredTariff>> ListAsync(MeterKind? kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM metering_tariffs WHERE $kind IS NULL OR meter_kind = $kind ORDER BY id";
        MeteringRows.Bind(command, ("$kind", kind is { } k ? (int)k : null));
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    public Task<StoredTariff?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.GetAsync(database, "metering_tariffs", Columns, id, Read, cancellationToken);

    public async Task<bool> CreateAsync(StoredTariff tariff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO metering_tariffs (id, meter_kind, {Columns}) VALUES ($id, $kind, $document, $created, $updated, $by) ON CONFLICT (id) DO NOTHING";
        Bind(insert, tariff);
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await AppendHistoryAsync(connection, "created", tariff.Tariff, tariff.UpdatedAt, tariff.UpdatedBy, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<OperationResult<StoredTariff>> UpdateAsync(StoredTariff tariff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        var id = tariff.Tariff.Id;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ReadAsync(connection, id, cancellationToken) is not { } current)
        {
            return OperationResult<StoredTariff>.NotFound($"Tariff '{id}' does not exist.");
        }

        if (TariffChangeRules.Conflict(current.Tariff, tariff.Tariff, await BilledAsync(connection, id, cancellationToken)) is { } conflict)
        {
            return OperationResult<StoredTariff>.Conflict(conflict);
        }

        var updated = tariff with { CreatedAt = current.CreatedAt };
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE metering_tariffs SET meter_kind = $kind, document = $document, updated_at = $updated, updated_by = $by WHERE id = $id";
        Bind(update, updated);
        await update.ExecuteNonQueryAsync(cancellationToken);
        await AppendHistoryAsync(connection, "updated", updated.Tariff, updated.UpdatedAt, updated.UpdatedBy, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OperationResult<StoredTariff>.Ok(updated);
    }

    public async Task<RegistryDeletion> DeleteAsync(string id, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ReadAsync(connection, id, cancellationToken) is not { } current)
        {
            return RegistryDeletion.NotFound;
        }

        await using var check = connection.CreateCommand();
        check.CommandText = "SELECT EXISTS (SELECT 1 FROM metering_tariff_assignments WHERE tariff_id = $id) OR EXISTS (SELECT 1 FROM metering_bills WHERE tariff_id = $id)"
            + " OR EXISTS (SELECT 1 FROM metering_tariff_versions_billed WHERE tariff_id = $id)";
        check.Parameters.AddWithValue("$id", id);
        if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0)
        {
            return RegistryDeletion.InUse;
        }

        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM metering_tariffs WHERE id = $id";
        delete.Parameters.AddWithValue("$id", id);
        await delete.ExecuteNonQueryAsync(cancellationToken);
        await AppendHistoryAsync(connection, "deleted", current.Tariff, at, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RegistryDeletion.Deleted;
    }

    public async Task<IReadOnlyList<TariffHistoryEntry>> ListHistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT change, document, at, actor FROM metering_tariff_history WHERE tariff_id = $id ORDER BY id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ReadAllAsync(r => new TariffHistoryEntry(r.GetString(0), TariffJson.Parse(r.GetString(1)), MeteringRows.Instant(r.GetInt64(2)), r.GetString(3)), cancellationToken);
    }

    public async Task<IReadOnlyList<BilledVersion>> ListBilledVersionsAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await BilledAsync(connection, id, cancellationToken);
    }

    public async Task<bool> AssignAsync(TariffAssignment assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO metering_tariff_assignments (service_point_id, meter_kind, tariff_id, from_date, assigned_at, assigned_by)
            VALUES ($servicePoint, $kind, $tariff, $from, $at, $by) ON CONFLICT (service_point_id, meter_kind, from_date) DO NOTHING;
            SELECT tariff_id = $tariff FROM metering_tariff_assignments WHERE service_point_id = $servicePoint AND meter_kind = $kind AND from_date = $from
            """;
        MeteringRows.Bind(command, ("$servicePoint", assignment.ServicePointId), ("$kind", (int)assignment.MeterKind), ("$tariff", assignment.TariffId),
            ("$from", BillingRows.Date(assignment.From)), ("$at", MeteringRows.Ms(assignment.AssignedAt)), ("$by", assignment.AssignedBy));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public async Task<IReadOnlyList<TariffAssignment>> ListAssignmentsAsync(string servicePointId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {BillingRows.AssignmentColumns} FROM metering_tariff_assignments WHERE service_point_id = $servicePoint ORDER BY meter_kind, from_date";
        command.Parameters.AddWithValue("$servicePoint", servicePointId);
        return await command.ReadAllAsync(r => BillingRows.ReadAssignment(r, 0), cancellationToken);
    }

    private static async Task<StoredTariff?> ReadAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM metering_tariffs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(Read, cancellationToken)).FirstOrDefault();
    }

    private static async Task<IReadOnlyList<BilledVersion>> BilledAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version_from, billed_until FROM metering_tariff_versions_billed WHERE tariff_id = $id ORDER BY version_from";
        command.Parameters.AddWithValue("$id", id);
        return await command.ReadAllAsync(r => new BilledVersion(BillingRows.Date(r.GetString(0)), BillingRows.Date(r.GetString(1))), cancellationToken);
    }

    private static async Task AppendHistoryAsync(SqliteConnection connection, string change, Tariff tariff, DateTimeOffset at, string actor, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO metering_tariff_history (tariff_id, change, document, at, actor) VALUES ($id, $change, $document, $at, $actor)";
        MeteringRows.Bind(command, ("$id", tariff.Id), ("$change", change), ("$document", TariffJson.Serialize(tariff)), ("$at", MeteringRows.Ms(at)), ("$actor", actor));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoredTariff Read(SqliteDataReader r) =>
        new(TariffJson.Parse(r.GetString(0)), MeteringRows.Instant(r.GetInt64(1)), MeteringRows.Instant(r.GetInt64(2)), r.GetString(3));

    private static void Bind(SqliteCommand command, StoredTariff t) => MeteringRows.Bind(command,
        ("$id", t.Tariff.Id), ("$kind", (int)t.Tariff.MeterKind), ("$document", TariffJson.Serialize(t.Tariff)),
        ("$created", MeteringRows.Ms(t.CreatedAt)), ("$updated", MeteringRows.Ms(t.UpdatedAt)), ("$by", t.UpdatedBy));
}
