using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Platform.Hosting;
using Polis.Transit.Realtime.Alerts;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>Service alerts in polis.db (transit_alerts), each kept whole as JSON.</summary>
public sealed class SqliteServiceAlertStore(SqliteDatabase database) : IServiceAlertStore
{
    private const string Columns = "SELECT alert_json FROM transit_alerts";

    public async Task<IReadOnlyList<ServiceAlert>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Columns} ORDER BY created_at, id";
        return await command.ReadAllAsync(r => Read(r.GetString(0)), cancellationToken);
    }

    public async Task<ServiceAlert?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Columns} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(r => Read(r.GetString(0)), cancellationToken)).FirstOrDefault();
    }

    public async Task<bool> AddAsync(ServiceAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Insert(connection, alert);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ReplaceAsync(ServiceAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE transit_alerts SET source = $source, alert_json = $json, updated_at = $updated WHERE id = $id";
        Bind(command, alert);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM transit_alerts WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>An insert that does nothing when the id is taken (shared with the cancellation store's transaction).</summary>
    internal static SqliteCommand Insert(SqliteConnection connection, ServiceAlert alert, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO transit_alerts (id, source, alert_json, created_at, updated_at) VALUES ($id, $source, $json, $created, $updated)
            ON CONFLICT (id) DO NOTHING
            """;
        Bind(command, alert);
        command.Parameters.AddWithValue("$created", alert.CreatedAt.ToUnixTimeMilliseconds());
        return command;
    }

    private static void Bind(SqliteCommand command, ServiceAlert alert)
    {
        command.Parameters.AddWithValue("$id", alert.Id);
        command.Parameters.AddWithValue("$source", alert.Source == AlertSource.Automatic ? "automatic" : "operator");
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(alert, ApiJson.Options));
        command.Parameters.AddWithValue("$updated", alert.UpdatedAt.ToUnixTimeMilliseconds());
    }

    private static ServiceAlert Read(string json) =>
        JsonSerializer.Deserialize<ServiceAlert>(json, ApiJson.Options) ?? throw new InvalidDataException("A stored transit alert is empty.");
}
