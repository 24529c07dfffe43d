using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Citizens.Reports.Moderation;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>
/// Moderation in the embedded database (migration 0027): the state per report, the acts, and the withheld photos by
/// media id. The report row is never touched, so the original text and photos stay for staff.
/// </summary>
public sealed class SqliteReportModerationStore(SqliteDatabase database) : IReportModerationStore
{
    private const string StateColumns = "report_id, hidden, redactions, redacted_photos, acts";

    public async Task<StoredModeration?> GetAsync(long reportId, CancellationToken cancellationToken = default) =>
        (await GetManyAsync([reportId], cancellationToken)).GetValueOrDefault(reportId);

    public async Task<IReadOnlyDictionary<long, StoredModeration>> GetManyAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StateColumns} FROM citizens_report_moderation WHERE report_id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(reportIds));
        return (await command.ReadAllAsync(r => (Id: r.GetInt64(0), State: ReadState(r)), cancellationToken)).ToDictionary(s => s.Id, s => s.State);
    }

    public async Task<IReadOnlyList<ModerationAct>> ListActsAsync(long reportId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, moderator, at, reason, detail FROM citizens_report_moderation_acts WHERE report_id = $id ORDER BY id";
        command.Parameters.AddWithValue("$id", reportId);
        return await command.ReadAllAsync(
            r => new ModerationAct(Enum.Parse<ModerationActKind>(r.GetString(0)), r.GetString(1), CitizensReportRows.Instant(r.GetInt64(2)), r.GetString(3), CitizensReportRows.Text(r, 4)),
            cancellationToken);
    }

    public async Task<bool> SaveAsync(
        long reportId, int expectedActCount, StoredModeration state, ModerationAct act, IReadOnlyCollection<string> withheldMedia, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(withheldMedia);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Upsert guarded by the act count: a second moderator who read the same version changes no row and learns so.
        await using var upsert = connection.CreateCommand();
        upsert.CommandText = $"""
            INSERT INTO citizens_report_moderation ({StateColumns}) SELECT $id, $hidden, $redactions, $photos, $acts WHERE true
            ON CONFLICT (report_id) DO UPDATE SET hidden = excluded.hidden, redactions = excluded.redactions, redacted_photos = excluded.redacted_photos, acts = excluded.acts
            WHERE citizens_report_moderation.acts = $expected
            """;
        CitizensReportRows.Bind(upsert,
            ("$id", reportId), ("$hidden", state.Hidden ? 1 : 0), ("$redactions", JsonSerializer.Serialize(state.Redactions.Select(r => new[] { r.Start, r.Length }))),
            ("$photos", JsonSerializer.Serialize(state.RedactedPhotos)), ("$acts", state.ActCount), ("$expected", expectedActCount));
        if (await upsert.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            return false;
        }

        await ExecuteAsync(connection, "INSERT INTO citizens_report_moderation_acts (report_id, kind, moderator, at, reason, detail) VALUES ($id, $kind, $moderator, $at, $reason, $detail)",
            cancellationToken, ("$id", reportId), ("$kind", act.Kind.ToString()), ("$moderator", act.Moderator), ("$at", CitizensReportRows.Ms(act.At)), ("$reason", act.Reason), ("$detail", act.Detail));
        await ExecuteAsync(connection, "DELETE FROM citizens_report_withheld_media WHERE report_id = $id", cancellationToken, ("$id", reportId));
        foreach (var media in withheldMedia.Distinct(StringComparer.Ordinal))
        {
            await ExecuteAsync(connection, "INSERT OR REPLACE INTO citizens_report_withheld_media (media_id, report_id) VALUES ($media, $id)", cancellationToken, ("$media", media), ("$id", reportId));
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> IsWithheldAsync(string mediaId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM citizens_report_withheld_media WHERE media_id = $id";
        command.Parameters.AddWithValue("$id", mediaId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static StoredModeration ReadState(SqliteDataReader r) => new(
        r.GetInt64(1) != 0,
        [.. JsonSerializer.Deserialize<int[][]>(r.GetString(2))!.Select(p => new TextRange(p[0], p[1]))],
        JsonSerializer.Deserialize<string[]>(r.GetString(3))!,
        r.GetInt32(4));

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        CitizensReportRows.Bind(command, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
