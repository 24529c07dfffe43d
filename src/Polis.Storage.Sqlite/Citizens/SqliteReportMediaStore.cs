using Polis.Citizens.Reports.Media;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>Reports' photos in the embedded database (citizens_report_media).</summary>
public sealed class SqliteReportMediaStore(SqliteDatabase database) : IReportMediaStore
{
    public async Task SaveAsync(StoredMedia media, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(media);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO citizens_report_media (id, content_type, content, created_at) VALUES ($id, $type, $content, $at)";
        CitizensReportRows.Bind(command, ("$id", media.Id), ("$type", media.ContentType), ("$content", media.Content), ("$at", CitizensReportRows.Ms(media.CreatedAt)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredMedia?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, content_type, content, created_at FROM citizens_report_media WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(r => new StoredMedia(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2), CitizensReportRows.Instant(r.GetInt64(3))), cancellationToken))
            .SingleOrDefault();
    }
}
