using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Citizens.Reports.Catalogue;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The service catalogue in the embedded database (citizens_services, each definition as JSON).</summary>
public sealed class SqliteServiceCatalogueStore(SqliteDatabase database) : IServiceCatalogueStore
{
    private const string Columns = "document, active, created_at, updated_at, updated_by";

    public async Task<IReadOnlyList<StoredService>> ListAsync(bool includeInactive, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM citizens_services WHERE $all = 1 OR active = 1 ORDER BY code";
        command.Parameters.AddWithValue("$all", includeInactive ? 1 : 0);
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<StoredService?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM citizens_services WHERE code = $code";
        command.Parameters.AddWithValue("$code", code);
        return (await command.ReadAllAsync(Read, cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> CreateAsync(StoredService service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO citizens_services (code, {Columns}) VALUES ($code, $document, $active, $created, $updated, $by) ON CONFLICT (code) DO NOTHING";
        Bind(command, service);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> UpdateAsync(StoredService service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE citizens_services SET document = $document, active = $active, updated_at = $updated, updated_by = $by WHERE code = $code";
        Bind(command, service);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void Bind(SqliteCommand command, StoredService stored) => CitizensReportRows.Bind(command,
        ("$code", stored.Service.Code), ("$document", JsonSerializer.Serialize(stored.Service, CitizensReportRows.Json)), ("$active", stored.Service.Active ? 1 : 0),
        ("$created", CitizensReportRows.Ms(stored.CreatedAt)), ("$updated", CitizensReportRows.Ms(stored.UpdatedAt)), ("$by", stored.UpdatedBy));

    private static StoredService Read(SqliteDataReader r) => new(
        JsonSerializer.Deserialize<ReportService>(r.GetString(0), CitizensReportRows.Json)! with { Active = r.GetInt64(1) != 0 },
        CitizensReportRows.Instant(r.GetInt64(2)), CitizensReportRows.Instant(r.GetInt64(3)), r.GetString(4));
}
