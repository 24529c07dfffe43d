using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Registry;

/// <summary>Converts between registry rows and records; JSON columns hold attributes, labels and key definitions.</summary>
internal static class DeviceRowMapper
{
    public const string DeviceColumns = "d.id, d.profile_id, d.name, d.district, d.lon, d.lat, d.attributes_json, d.labels_json, d.created_at, d.updated_at";
    public const string ProfileColumns = "id, name, description, reporting_interval_s, inactivity_timeout_s, telemetry_json, built_in, commands_json";

    public static Device ReadDevice(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) || reader.IsDBNull(5) ? null : new GeoPoint(reader.GetDouble(4), reader.GetDouble(5)),
        JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(6)) ?? [],
        JsonSerializer.Deserialize<List<string>>(reader.GetString(7)) ?? [],
        DateTimeOffset.Parse(reader.GetString(8), System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(reader.GetString(9), System.Globalization.CultureInfo.InvariantCulture));

    public static DeviceProfile ReadProfile(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetInt32(3),
        reader.IsDBNull(4) ? null : reader.GetInt32(4),
        JsonSerializer.Deserialize<List<TelemetryKeyDefinition>>(reader.GetString(5)) ?? [],
        reader.GetInt64(6) != 0,
        reader.IsDBNull(7) ? null : JsonSerializer.Deserialize<List<CommandDefinition>>(reader.GetString(7)));

    public static void BindDevice(SqliteCommand command, Device device)
    {
        command.Parameters.AddWithValue("$id", device.Id);
        command.Parameters.AddWithValue("$profile", device.ProfileId);
        command.Parameters.AddWithValue("$name", device.Name);
        command.Parameters.AddWithValue("$district", (object?)device.District ?? DBNull.Value);
        command.Parameters.AddWithValue("$lon", device.Location is { } l ? l.Longitude : DBNull.Value);
        command.Parameters.AddWithValue("$lat", device.Location is { } p ? p.Latitude : DBNull.Value);
        command.Parameters.AddWithValue("$attributes", JsonSerializer.Serialize(device.Attributes));
        command.Parameters.AddWithValue("$labels", JsonSerializer.Serialize(device.Labels));
        command.Parameters.AddWithValue("$created", device.CreatedAt.ToString("O"));
        command.Parameters.AddWithValue("$updated", device.UpdatedAt.ToString("O"));
    }

    public static void BindProfile(SqliteCommand command, DeviceProfile profile)
    {
        command.Parameters.AddWithValue("$id", profile.Id);
        command.Parameters.AddWithValue("$name", profile.Name);
        command.Parameters.AddWithValue("$description", (object?)profile.Description ?? DBNull.Value);
        command.Parameters.AddWithValue("$interval", profile.ReportingIntervalSeconds);
        command.Parameters.AddWithValue("$timeout", (object?)profile.InactivityTimeoutSeconds ?? DBNull.Value);
        command.Parameters.AddWithValue("$effectiveTimeout", profile.EffectiveInactivityTimeoutSeconds);
        command.Parameters.AddWithValue("$telemetry", JsonSerializer.Serialize(profile.Telemetry));
        command.Parameters.AddWithValue("$builtIn", profile.BuiltIn ? 1 : 0);
        command.Parameters.AddWithValue("$commands", profile.Commands is null ? DBNull.Value : JsonSerializer.Serialize(profile.Commands));
    }
}
