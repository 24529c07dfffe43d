using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polis.Platform.Hosting;

/// <summary>
/// The JSON conventions every Polis surface shares (HTTP API, SignalR, webhook bodies): camelCase
/// properties, enums as kebab-case names ("active-unacknowledged"), so one payload reads the same everywhere.
/// </summary>
public static class ApiJson
{
    /// <summary>Web defaults plus <see cref="ApplyConventions"/>, for payloads Polis serialises itself.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static void ApplyConventions(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApplyConventions(options);
        return options;
    }
}
