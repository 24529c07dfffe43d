using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Orleans.Storage;

namespace Polis.Storage.Sqlite.Grains;

/// <summary>
/// Orleans grain storage in the embedded SQLite file. State is JSON; the ETag is a version number
/// checked on every write, so two activations of one grain (possible briefly in a cluster) cannot
/// silently overwrite each other.
/// </summary>
public sealed class SqliteGrainStorage(SqliteDatabase database, TimeProvider timeProvider) : IGrainStorage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, data FROM grain_state WHERE grain_id = $grain AND state_name = $state";
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        command.Parameters.AddWithValue("$state", stateName);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.ETag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
        grainState.State = JsonSerializer.Deserialize<T>(reader.GetString(1), Json) ?? Activator.CreateInstance<T>();
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var expected = grainState.ETag is null ? 0 : long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = expected == 0
            ? "INSERT INTO grain_state (grain_id, state_name, etag, data, updated_at) VALUES ($grain, $state, 1, $data, $at) ON CONFLICT DO NOTHING"
            : "UPDATE grain_state SET etag = etag + 1, data = $data, updated_at = $at WHERE grain_id = $grain AND state_name = $state AND etag = $etag";
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(grainState.State, Json));
        command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToString("O"));
        command.Parameters.AddWithValue("$etag", expected);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InconsistentStateException($"State '{stateName}' of {grainId} was changed elsewhere (expected version {expected}).", "unknown", grainState.ETag ?? "none");
        }

        grainState.ETag = (expected + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM grain_state WHERE grain_id = $grain AND state_name = $state";
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        command.Parameters.AddWithValue("$state", stateName);
        await command.ExecuteNonQueryAsync();
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }
}
