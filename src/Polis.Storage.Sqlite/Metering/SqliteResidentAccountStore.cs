using Microsoft.Data.Sqlite;
using Polis.Metering.Residents;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Resident ↔ account links in the embedded database (metering_account_residents, migration 0020).</summary>
public sealed class SqliteResidentAccountStore(SqliteDatabase database) : IResidentAccountStore
{
    private const string Columns = "account_id, user_id, linked_at, linked_by";

    public async Task<bool> LinkAsync(ResidentLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // INSERT OR IGNORE keeps the first link's time and author when an operator links the same resident again.
        command.CommandText = $"INSERT OR IGNORE INTO metering_account_residents ({Columns}) VALUES ($account, $user, $at, $by)";
        MeteringRows.Bind(command, ("$account", link.AccountId), ("$user", link.UserId), ("$at", MeteringRows.Ms(link.LinkedAt)), ("$by", link.LinkedBy));
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == MeteringRows.ConstraintViolation)
        {
            // OR IGNORE does not cover foreign keys: the account is unknown.
            throw new KeyNotFoundException($"There is no account '{link.AccountId}'; nothing was stored.", ex);
        }
    }

    public async Task<bool> UnlinkAsync(string accountId, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM metering_account_residents WHERE account_id = $account AND user_id = $user";
        MeteringRows.Bind(command, ("$account", accountId), ("$user", userId));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ResidentLink>> ListResidentsAsync(string accountId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM metering_account_residents WHERE account_id = $account ORDER BY linked_at, user_id";
        MeteringRows.Bind(command, ("$account", accountId));
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListAccountIdsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT account_id FROM metering_account_residents WHERE user_id = $user ORDER BY account_id";
        MeteringRows.Bind(command, ("$user", userId));
        return await command.ReadAllAsync(r => r.GetString(0), cancellationToken);
    }

    private static ResidentLink Read(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), MeteringRows.Instant(r.GetInt64(2)), r.GetString(3));
}
