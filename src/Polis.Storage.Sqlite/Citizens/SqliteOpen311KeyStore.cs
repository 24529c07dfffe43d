using Microsoft.Data.Sqlite;
using Polis.Citizens.Reports.Keys;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>Open311 API keys in the embedded database (citizens_open311_keys: hashes only).</summary>
public sealed class SqliteOpen311KeyStore(SqliteDatabase database) : IOpen311KeyStore
{
    private const string Columns = "id, name, key_hash, created_at, created_by, revoked_at, revoked_by";

    public async Task CreateAsync(Open311ApiKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO citizens_open311_keys ({Columns}) VALUES ($id, $name, $hash, $created, $by, NULL, NULL)";
        CitizensReportRows.Bind(command, ("$id", key.Id), ("$name", key.Name), ("$hash", key.KeyHash), ("$created", CitizensReportRows.Ms(key.CreatedAt)), ("$by", key.CreatedBy));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Open311ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM citizens_open311_keys ORDER BY created_at DESC, id";
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<Open311ApiKey?> FindActiveAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM citizens_open311_keys WHERE key_hash = $hash AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$hash", keyHash);
        return (await command.ReadAllAsync(Read, cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> RevokeAsync(string id, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE citizens_open311_keys SET revoked_at = COALESCE(revoked_at, $at), revoked_by = COALESCE(revoked_by, $by) WHERE id = $id";
        CitizensReportRows.Bind(command, ("$id", id), ("$at", CitizensReportRows.Ms(at)), ("$by", actor));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static Open311ApiKey Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), CitizensReportRows.Instant(r.GetInt64(3)), r.GetString(4),
        r.IsDBNull(5) ? null : CitizensReportRows.Instant(r.GetInt64(5)), CitizensReportRows.Text(r, 6));
}
