using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Cancellations;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>Run cancellations in polis.db (transit_cancellations), each written and removed together with its alert.</summary>
public sealed class SqliteTripCancellationStore(SqliteDatabase database) : ITripCancellationStore
{
    private const string Columns =
        "SELECT id, trip_id, route_id, service_date, start_seconds, reason, scheduled_end, created_by, created_at FROM transit_cancellations";

    public async Task<IReadOnlyList<TripCancellation>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Columns} ORDER BY service_date, start_seconds, trip_id";
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<TripCancellation?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Columns} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(Read, cancellationToken)).FirstOrDefault();
    }

    public async Task<bool> AddAsync(TripCancellation cancellation, ServiceAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        ArgumentNullException.ThrowIfNull(alert);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO transit_cancellations (id, trip_id, route_id, service_date, start_seconds, reason, scheduled_end, created_by, created_at)
                VALUES ($id, $trip, $route, $date, $start, $reason, $end, $by, $at)
                ON CONFLICT DO NOTHING
                """;
            insert.Parameters.AddWithValue("$id", cancellation.Id);
            insert.Parameters.AddWithValue("$trip", cancellation.TripId);
            insert.Parameters.AddWithValue("$route", cancellation.RouteId);
            insert.Parameters.AddWithValue("$date", cancellation.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$start", cancellation.StartSeconds);
            insert.Parameters.AddWithValue("$reason", (object?)cancellation.Reason ?? DBNull.Value);
            insert.Parameters.AddWithValue("$end", cancellation.ScheduledEnd.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$by", cancellation.CreatedBy);
            insert.Parameters.AddWithValue("$at", cancellation.CreatedAt.ToUnixTimeMilliseconds());
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false; // the run is already cancelled: nothing stored
            }
        }

        await using (var insertAlert = SqliteServiceAlertStore.Insert(connection, alert, transaction))
        {
            await insertAlert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM transit_cancellations WHERE id = $id";
            delete.Parameters.AddWithValue("$id", id);
            if (await delete.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        await using (var deleteAlert = connection.CreateCommand())
        {
            deleteAlert.Transaction = transaction;
            deleteAlert.CommandText = "DELETE FROM transit_alerts WHERE id = $id";
            deleteAlert.Parameters.AddWithValue("$id", TripCancellation.AlertIdFor(id));
            await deleteAlert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static TripCancellation Read(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.GetInt32(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)),
        r.GetString(7),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(8)));
}
