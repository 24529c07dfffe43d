using System.Text.Encodings.Web;
using System.Text.Json;
using Polis.Platform.Devices;
using Polis.Platform.Hosting;

namespace Polis.Dashboard.Registry;

/// <summary>
/// A profile as the JSON the API takes and returns (<see cref="ApiJson.Options"/>, the options the endpoints bind
/// with), for the dashboard's editor. Content checks stay with <see cref="ProfileValidator"/>; this only turns text
/// into a profile and a syntax error into a message with its place.
/// </summary>
public static class ProfileJson
{
    private static readonly JsonSerializerOptions Indented = new(ApiJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A starting point for a new profile.</summary>
    public static string Template { get; } = Serialize(new DeviceProfile(
        "noise-sensor",
        "Noise sensor",
        "Sound level meter on a lamp post",
        60,
        null,
        [new TelemetryKeyDefinition("laeq", "dBA", 20, 140, "Equivalent continuous sound level")]));

    public static string Serialize(DeviceProfile profile) => JsonSerializer.Serialize(profile, Indented);

    public static (DeviceProfile? Profile, Dictionary<string, string[]> Errors) Parse(string json)
    {
        try
        {
            if (JsonSerializer.Deserialize<DeviceProfile>(json ?? string.Empty, ApiJson.Options) is { } profile)
            {
                return (profile, []);
            }

            return (null, new() { ["$"] = ["A profile object is required."] });
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" (line {line + 1}, byte {exception.BytePositionInLine + 1})" : string.Empty;
            var path = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "$" : exception.Path.TrimStart('$', '.');
            return (null, new() { [path] = [$"Not a valid profile{where}: {exception.Message.Split(" Path:", 2)[0]}"] });
        }
    }
}
