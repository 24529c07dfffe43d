using Polis.Storage.Sqlite;

namespace Polis.Open311Bench;

/// <summary>
/// The peer: the same search as plain SQL through Microsoft.Data.Sqlite — the columns Open311 shows, the same filter,
/// newest first, at most 1000 — on a pooled connection opened per query like the store's, every value read.
/// </summary>
internal static class SqlPeer
{
    private const string Columns = "id, service_code, status, description, latitude, longitude, address, address_id, attributes, media_url, department, status_notes, requested_at, updated_at";

    public static async Task<int> RunAsync(SqliteDatabase database, QueryShape shape, DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM citizens_reports WHERE {shape.Where} ORDER BY requested_at DESC, id DESC LIMIT 1000";
        command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$to", to.ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }
}
