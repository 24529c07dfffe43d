using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polis.Platform.Notifications;

/// <summary>Webhook bodies use the same conventions as the API: camelCase, kebab-case enum names.</summary>
public static class NotificationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
