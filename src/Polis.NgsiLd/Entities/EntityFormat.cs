using System.Text.Json.Nodes;

namespace Polis.NgsiLd.Entities;

/// <summary>Output shapes of an entity: the attrs projection and the keyValues (simplified) format.</summary>
public static class EntityFormat
{
    private static readonly HashSet<string> _core = new(StringComparer.Ordinal) { "id", "type", "@context" };

    /// <summary>True when the entity has at least one of <paramref name="attrs"/> (the attrs filter of query entities).</summary>
    public static bool HasAny(JsonObject entity, IReadOnlyCollection<string> attrs)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return attrs.Any(entity.ContainsKey);
    }

    /// <summary>id, type and only the named attributes.</summary>
    public static JsonObject Project(JsonObject entity, IReadOnlyCollection<string> attrs)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var projected = new JsonObject();
        foreach (var (name, value) in entity)
        {
            if (_core.Contains(name) || attrs.Contains(name))
            {
                projected[name] = value?.DeepClone();
            }
        }

        return projected;
    }

    /// <summary>
    /// The keyValues form: each attribute becomes its value (Relationship: its object; DateTime: the
    /// plain string). With several instances of an attribute, the first one stands for it.
    /// </summary>
    public static JsonObject ToKeyValues(JsonObject entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var simplified = new JsonObject();
        foreach (var (name, node) in entity)
        {
            if (_core.Contains(name))
            {
                simplified[name] = node?.DeepClone();
                continue;
            }

            var attribute = node is JsonArray { Count: > 0 } many ? many[0] : node;
            var value = attribute is JsonObject o && o.ContainsKey("type") ? o["value"] ?? o["object"] : attribute;
            simplified[name] = (value is JsonObject typed && typed.TryGetPropertyValue("@value", out var plain) ? plain : value)?.DeepClone();
        }

        return simplified;
    }
}
