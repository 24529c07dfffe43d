using Microsoft.Data.Sqlite;
using Polis.Metering.Meters;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// Installations in the embedded database (metering_installations). A save reads the installations it could clash
/// with and writes inside one immediate transaction, so the check and the write cannot interleave with another writer.
/// </summary>
public sealed class SqliteInstallationStore(SqliteDatabase database) : IInstallationStore
{
    private const string Columns = MeteringRows.InstallationColumns;

    public async Task<IReadOnlyList<Installation>> ListAsync(InstallationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<string> { "1 = 1" };
        if (query.MeterId is not null)
        {
            filters.Add("meter_id = $meter");
        }

        if (query.ServicePointId is not null)
        {
            filters.Add("service_point_id = $servicePoint");
        }

        if (query.From is not null)
        {
            filters.Add("(removed_at IS NULL OR removed_at > $from)");
        }

        if (query.To is not null)
        {
            filters.Add("installed_at < $to");
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM metering_installations WHERE {string.Join(" AND ", filters)} ORDER BY installed_at, id";
        MeteringRows.Bind(command, ("$meter", query.MeterId), ("$servicePoint", query.ServicePointId),
            ("$from", query.From is { } from ? MeteringRows.Ms(from) : null), ("$to", query.To is { } to ? MeteringRows.Ms(to) : null));
        return await command.ReadAllAsync(MeteringRows.ReadInstallation, cancellationToken);
    }

    public Task<Installation?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        MeteringSql.GetAsync(database, "metering_installations", Columns, id, MeteringRows.ReadInstallation, cancellationToken);

    public async Task<InstallationSave> SaveAsync(Installation installation, MeterKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ofMeter = await OfMeterAsync(connection, installation.MeterId, cancellationToken);
        if (installation.Id != 0 && await ReadAsync(connection, "id = $id", [("$id", installation.Id)], cancellationToken) is [])
        {
            return new InstallationSave(InstallationOutcome.NotFound);
        }

        var check = InstallationRules.Check(installation, ofMeter, await AtSiteAsync(connection, installation.ServicePointId, kind, cancellationToken));
        if (check.Outcome != InstallationOutcome.Saved)
        {
            return check;
        }

        var saved = await WriteAsync(connection, installation, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InstallationSave(InstallationOutcome.Saved, saved);
    }

    public async Task<InstallationSave> ExchangeAsync(MeterExchange exchange, MeterKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (InstallationRules.InstalledAt(await OfMeterAsync(connection, exchange.OldMeterId, cancellationToken), exchange.At) is not { } old)
        {
            return new InstallationSave(InstallationOutcome.NotInstalled);
        }

        var plan = InstallationRules.PlanExchange(exchange, old,
            await OfMeterAsync(connection, exchange.NewMeterId, cancellationToken), await AtSiteAsync(connection, old.ServicePointId, kind, cancellationToken));
        if (plan.Outcome != InstallationOutcome.Saved)
        {
            return plan;
        }

        var ended = await WriteAsync(connection, plan.Ended!, cancellationToken);
        var started = await WriteAsync(connection, plan.Saved!, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InstallationSave(InstallationOutcome.Saved, started, ended);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM metering_installations WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static Task<List<Installation>> OfMeterAsync(SqliteConnection connection, string meterId, CancellationToken cancellationToken) =>
        ReadAsync(connection, "meter_id = $meter", [("$meter", meterId)], cancellationToken);

    /// <summary>The installations at a service point of meters of one kind.</summary>
    private static Task<List<Installation>> AtSiteAsync(SqliteConnection connection, string servicePointId, MeterKind kind, CancellationToken cancellationToken) =>
        ReadAsync(connection, "service_point_id = $servicePoint AND meter_id IN (SELECT id FROM metering_meters WHERE kind = $kind)",
            [("$servicePoint", servicePointId), ("$kind", (int)kind)], cancellationToken);

    private static async Task<List<Installation>> ReadAsync(SqliteConnection connection, string where, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM metering_installations WHERE {where} ORDER BY installed_at, id";
        MeteringRows.Bind(command, parameters);
        return await command.ReadAllAsync(MeteringRows.ReadInstallation, cancellationToken);
    }

    private static async Task<Installation> WriteAsync(SqliteConnection connection, Installation installation, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = installation.Id == 0
            ? """
              INSERT INTO metering_installations (meter_id, service_point_id, installed_at, removed_at, initial_read, final_read)
              VALUES ($meter, $servicePoint, $from, $to, $initial, $final) RETURNING id
              """
            : """
              UPDATE metering_installations SET meter_id = $meter, service_point_id = $servicePoint, installed_at = $from, removed_at = $to,
                  initial_read = $initial, final_read = $final
              WHERE id = $id RETURNING id
              """;
        MeteringRows.BindInstallation(command, installation);
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return installation with { Id = id };
    }
}
