using Microsoft.Data.Sqlite;
using Polis.Citizens.Notifications;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>Columns, reader and the insert of citizens_notifications (migration 0025), shared by the report store's transactions.</summary>
internal static class ResidentNotificationRows
{
    public const string Columns = "id, user_id, report_id, kind, text, created_at, read_at";

    public static ResidentNotification Read(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetInt64(2), ResidentNotificationKinds.Parse(r.GetString(3)), r.GetString(4),
        CitizensReportRows.Instant(r.GetInt64(5)), CitizensReportRows.OptionalInstant(r, 6));

    /// <summary>Writes a notice to <paramref name="userId"/> on the caller's connection, inside the caller's transaction.</summary>
    public static async Task InsertAsync(SqliteConnection connection, string userId, long reportId, ResidentNotice notice, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO citizens_notifications (user_id, report_id, kind, text, created_at) VALUES ($user, $report, $kind, $text, $at)";
        CitizensReportRows.Bind(insert, ("$user", userId), ("$report", reportId), ("$kind", ResidentNotificationKinds.Name(notice.Kind)),
            ("$text", notice.Text), ("$at", CitizensReportRows.Ms(at)));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
