using Microsoft.Data.Sqlite;

namespace Polis.Storage.Sqlite;

/// <summary>The one read loop the relational stores share.</summary>
internal static class SqliteReads
{
    public static async Task<List<T>> ReadAllAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }

        return items;
    }
}
