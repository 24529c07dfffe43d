using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// The GeoReport v2 JSON Schemas of ../shared/data/open311 (services, service definition, requests), the POST and
/// token answers from its swagger.json definitions, and the spec's error list, which the folder has no schema for:
/// an array of at least one {code: integer, description: string}, as the spec's error examples show.
/// </summary>
public static class Open311Schemas
{
    private const string ErrorsSchema = """
        { "type": "array", "minItems": 1,
          "items": { "type": "object", "required": ["code", "description"],
                     "properties": { "code": { "type": "integer" }, "description": { "type": "string", "minLength": 1 } } } }
        """;

    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    /// <summary>The shared schemas name formats (date-time, uri) that must hold; swagger's own "uid" format is not a JSON Schema one and is dropped.</summary>
    private static readonly EvaluationOptions Strict = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    public const string Services = "services.json";
    public const string ServiceDefinition = "service-definition.json";
    public const string Requests = "requests.json";
    public const string Errors = "errors";
    public const string RequestResponses = "request-responses";
    public const string Tokens = "tokens";

    /// <summary>Asserts <paramref name="json"/> validates against the schema <paramref name="name"/>, naming every failure.</summary>
    public static void AssertValid(string name, string json)
    {
        var instance = JsonDocument.Parse(json).RootElement;
        var results = Schemas.Value[name].Evaluate(instance, Strict);
        var failures = results.Details?.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? [];
        Assert.True(results.IsValid, $"{name} rejects {json}:\n{string.Join('\n', failures)}");
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var folder = Folder();
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var name in (string[])["service.json", Services, ServiceDefinition, "request.json", Requests])
        {
            var path = Path.Combine(folder, name);
            schemas[name] = JsonSchema.FromText(File.ReadAllText(path), options, new Uri(path));
        }

        var definitions = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "swagger.json")))!["definitions"]!;
        schemas[RequestResponses] = ArrayOf(definitions["RequestResponse"]!, options);
        schemas[Tokens] = ArrayOf(definitions["TokenResponse"]!, options);
        schemas[Errors] = JsonSchema.FromText(ErrorsSchema, options, new Uri("https://polis.test/open311/errors.json"));
        return schemas;
    }

    private static JsonSchema ArrayOf(JsonNode definition, BuildOptions options)
    {
        var item = JsonNode.Parse(definition.ToJsonString().Replace("\"format\":\"uid\",", string.Empty, StringComparison.Ordinal))!;
        item["type"] = "object";
        var schema = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = item };
        return JsonSchema.FromText(schema.ToJsonString(), options, new Uri($"https://polis.test/open311/{Guid.NewGuid():N}.json"));
    }

    private static string Folder()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "open311"));
    }
}
