using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>The statements the metering registry stores share: paged listings, existence checks, guarded deletes.</summary>
internal static class MeteringSql
{
    /// <summary>One page of <paramref name="table"/> rows matching <paramref name="where"/> (bound by <paramref name="bind"/>), ordered by id.</summary>
    public static async Task<Page<T>> PageAsync<T>(
        SqliteDatabase database, string table, string columns, string where, Action<SqliteCommand> bind, int offset, int limit, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {table}{where}";
        bind(count);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {columns} FROM {table}{where} ORDER BY id LIMIT $limit OFFSET $offset";
        bind(select);
        select.Parameters.AddWithValue("$limit", limit);
        select.Parameters.AddWithValue("$offset", offset);
        return new Page<T>(await select.ReadAllAsync(read, cancellationToken), total, offset, limit);
    }

    /// <summary>The row of <paramref name="table"/> with the id, or null.</summary>
    public static async Task<T?> GetAsync<T>(SqliteDatabase database, string table, string columns, object id, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM {table} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(read, cancellationToken)).FirstOrDefault();
    }

    /// <summary>Runs an insert or update bound by <paramref name="bind"/>: false when it changed no row or broke a constraint (a taken id).</summary>
    public static async Task<bool> WriteAsync(SqliteDatabase database, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == MeteringRows.ConstraintViolation)
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes the row of <paramref name="table"/> with the id unless one of <paramref name="usedBy"/> (EXISTS subqueries
    /// on $id) finds a row that still refers to it, checked and deleted in one transaction.
    /// </summary>
    public static async Task<Polis.Metering.Meters.RegistryDeletion> DeleteAsync(SqliteDatabase database, string table, string id, IEnumerable<string> usedBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "SELECT " + string.Join(" OR ", usedBy.Select(q => $"EXISTS ({q})"));
        check.Parameters.AddWithValue("$id", id);
        if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0)
        {
            return Polis.Metering.Meters.RegistryDeletion.InUse;
        }

        await using var delete = connection.CreateCommand();
        delete.CommandText = $"DELETE FROM {table} WHERE id = $id";
        delete.Parameters.AddWithValue("$id", id);
        var deleted = await delete.ExecuteNonQueryAsync(cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return deleted ? Polis.Metering.Meters.RegistryDeletion.Deleted : Polis.Metering.Meters.RegistryDeletion.NotFound;
    }
}
