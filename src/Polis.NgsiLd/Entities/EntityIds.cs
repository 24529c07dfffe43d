namespace Polis.NgsiLd.Entities;

/// <summary>Entity ids are <c>urn:ngsi-ld:&lt;Type&gt;:&lt;deviceId&gt;</c>; device ids may themselves contain ':'.</summary>
public static class EntityIds
{
    private const string Prefix = "urn:ngsi-ld:";

    public static string For(string type, string deviceId) => Prefix + type + ":" + deviceId;

    /// <summary>Type and device id of an entity id, or null when it is not a Polis entity id.</summary>
    public static (string Type, string DeviceId)? Parse(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        if (!entityId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = entityId[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == rest.Length - 1 ? null : (rest[..colon], rest[(colon + 1)..]);
    }

    /// <summary>True for an absolute URI (scheme ':' …), which NGSI-LD requires of entity ids.</summary>
    public static bool IsUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out _) && value.Contains(':', StringComparison.Ordinal);
}
