using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Citizens.EServices.Catalogue;

namespace Polis.Storage.Sqlite.Citizens.EServices;

/// <summary>The e-service catalogue in the embedded database (citizens_eservices, each definition as JSON).</summary>
public sealed class SqliteEServiceCatalogueStore(SqliteDatabase database) : IEServiceCatalogueStore
{
    private const string Columns = "document, active, created_at, updated_at, updated_by";

    public async Task<IReadOnlyList<StoredEService>> ListAsync(bool includeInactive, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = EServiceRows.Command(connection, null, $"SELECT {Columns} FROM citizens_eservices WHERE $all = 1 OR active = 1 ORDER BY code", ("$all", includeInactive ? 1 : 0));
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<StoredEService?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = EServiceRows.Command(connection, null, $"SELECT {Columns} FROM citizens_eservices WHERE code = $code", ("$code", code));
        return (await command.ReadAllAsync(Read, cancellationToken)).SingleOrDefault();
    }

    public Task<bool> CreateAsync(StoredEService service, CancellationToken cancellationToken = default) =>
        WriteAsync($"INSERT INTO citizens_eservices (code, {Columns}) VALUES ($code, $document, $active, $created, $updated, $by) ON CONFLICT (code) DO NOTHING", service, cancellationToken);

    public Task<bool> UpdateAsync(StoredEService service, CancellationToken cancellationToken = default) =>
        WriteAsync("UPDATE citizens_eservices SET document = $document, active = $active, updated_at = $updated, updated_by = $by WHERE code = $code", service, cancellationToken);

    private async Task<bool> WriteAsync(string sql, StoredEService stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = EServiceRows.Command(connection, null, sql,
            ("$code", stored.Service.Code), ("$document", JsonSerializer.Serialize(stored.Service, EServiceRows.Json)), ("$active", stored.Service.Active ? 1 : 0),
            ("$created", CitizensReportRows.Ms(stored.CreatedAt)), ("$updated", CitizensReportRows.Ms(stored.UpdatedAt)), ("$by", stored.UpdatedBy));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static StoredEService Read(SqliteDataReader r) => new(
        JsonSerializer.Deserialize<EService>(r.GetString(0), EServiceRows.Json)! with { Active = r.GetInt64(1) != 0 },
        CitizensReportRows.Instant(r.GetInt64(2)), CitizensReportRows.Instant(r.GetInt64(3)), r.GetString(4));
}
