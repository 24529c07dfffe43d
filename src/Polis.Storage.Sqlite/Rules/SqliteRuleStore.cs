using System.Text.Json;
using Polis.Platform.Rules;

namespace Polis.Storage.Sqlite.Rules;

/// <summary>Rules in the embedded SQLite database.</summary>
public sealed class SqliteRuleStore(SqliteDatabase database, TimeProvider timeProvider) : IRuleStore
{
    public async Task<IReadOnlyList<Rule>> ListAsync(string? profileId = null, string? deviceId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rule_json FROM rules WHERE ($profile IS NULL OR profile_id = $profile) AND ($device IS NULL OR device_id = $device) ORDER BY id";
        command.Parameters.AddWithValue("$profile", (object?)profileId ?? DBNull.Value);
        command.Parameters.AddWithValue("$device", (object?)deviceId ?? DBNull.Value);
        return await command.ReadAllAsync(r => Read(r.GetString(0)), cancellationToken);
    }

    public async Task<Rule?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rule_json FROM rules WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(r => Read(r.GetString(0)), cancellationToken)).FirstOrDefault();
    }

    public async Task UpsertAsync(Rule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO rules (id, profile_id, device_id, rule_json, updated_at) VALUES ($id, $profile, $device, $json, $at)
            ON CONFLICT(id) DO UPDATE SET profile_id = excluded.profile_id, device_id = excluded.device_id, rule_json = excluded.rule_json, updated_at = excluded.updated_at
            """;
        command.Parameters.AddWithValue("$id", rule.Id);
        command.Parameters.AddWithValue("$profile", (object?)rule.Target.ProfileId ?? DBNull.Value);
        command.Parameters.AddWithValue("$device", (object?)rule.Target.DeviceId ?? DBNull.Value);
        command.Parameters.AddWithValue("$json", RuleJson.Serialize(rule));
        command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM rules WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static Rule Read(string json) => JsonSerializer.Deserialize<Rule>(json, RuleJson.Options)!;
}
