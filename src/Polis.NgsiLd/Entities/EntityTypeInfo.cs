using System.Text.Json.Nodes;

namespace Polis.NgsiLd.Entities;

/// <summary>
/// The EntityTypeInfo of clause 5.2.25 (answer of GET /types/{type}, clause 5.7.2): how many entities
/// have the type and, per attribute name, the attribute types (Property, GeoProperty, Relationship) it
/// appears as. ngsijs's ld.getType reads it.
/// </summary>
public static class EntityTypeInfo
{
    public static JsonObject Build(string type, IReadOnlyCollection<JsonObject> entities)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(entities);
        var attributes = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in entities.SelectMany(e => e))
        {
            if (value is JsonObject { } attribute && (string?)attribute["type"] is { } attributeType)
            {
                if (!attributes.TryGetValue(name, out var types))
                {
                    attributes[name] = types = new SortedSet<string>(StringComparer.Ordinal);
                }

                types.Add(attributeType);
            }
        }

        return new JsonObject
        {
            ["id"] = type,
            ["type"] = "EntityTypeInfo",
            ["typeName"] = type,
            ["entityCount"] = entities.Count,
            ["attributeDetails"] = new JsonArray(attributes.Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Key,
                ["type"] = "Attribute",
                ["attributeName"] = a.Key,
                ["attributeTypes"] = new JsonArray(a.Value.Select(t => (JsonNode)t).ToArray()),
            }).ToArray()),
        };
    }
}
