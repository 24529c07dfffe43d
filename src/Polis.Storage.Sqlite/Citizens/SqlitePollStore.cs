using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Citizens.Polls;
using Polis.Platform.Hosting;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>Polls in the embedded database (citizens_polls, migration 0022); the definition is stored as JSON.</summary>
public sealed class SqlitePollStore(SqliteDatabase database) : IPollStore
{
    private const string Select = """
        SELECT p.id, p.definition, p.stage, p.created_at, p.created_by, p.updated_at, r.poll_id IS NOT NULL
        FROM citizens_polls p LEFT JOIN citizens_poll_results r ON r.poll_id = p.id
        """;

    public async Task CreateAsync(Poll poll, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO citizens_polls (id, definition, stage, opens_at, closes_at, created_at, created_by, updated_at)
            VALUES ($id, $definition, $stage, $opens, $closes, $created, $by, $updated)
            """;
        Bind(command, poll.Id, poll.Definition, poll.UpdatedAt);
        PollRows.Bind(command, ("$stage", (int)poll.Stage), ("$created", poll.CreatedAt.ToUnixTimeMilliseconds()), ("$by", poll.CreatedBy));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> UpdateDraftAsync(string id, PollDefinition definition, DateTimeOffset updatedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE citizens_polls SET definition = $definition, opens_at = $opens, closes_at = $closes, updated_at = $updated
            WHERE id = $id AND stage = 0
            """;
        Bind(command, id, definition, updatedAt);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ScheduleAsync(string id, DateTimeOffset updatedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE citizens_polls SET stage = 1, updated_at = $updated WHERE id = $id AND stage = 0";
        PollRows.Bind(command, ("$id", id), ("$updated", updatedAt.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<Poll?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Select + " WHERE p.id = $id";
        PollRows.Bind(command, ("$id", id));
        return (await command.ReadAllAsync(Read, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Poll>> ListAsync(bool scheduledOnly, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Select + (scheduledOnly ? " WHERE p.stage = 1" : string.Empty) + " ORDER BY p.opens_at DESC, p.id";
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    private static void Bind(SqliteCommand command, string id, PollDefinition definition, DateTimeOffset updatedAt) => PollRows.Bind(command,
        ("$id", id), ("$definition", JsonSerializer.Serialize(definition, ApiJson.Options)), ("$opens", definition.OpensAt.ToUnixTimeMilliseconds()),
        ("$closes", definition.ClosesAt.ToUnixTimeMilliseconds()), ("$updated", updatedAt.ToUnixTimeMilliseconds()));

    private static Poll Read(SqliteDataReader r) => new(
        r.GetString(0), JsonSerializer.Deserialize<PollDefinition>(r.GetString(1), ApiJson.Options)!, (PollStage)r.GetInt32(2),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)), r.GetString(4), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)), r.GetBoolean(6));
}
