using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Polis.Platform.Devices;

namespace Polis.Platform.Rules;

/// <summary>
/// The rule JSON format (docs/rules.md): camelCase, <c>"type"</c> discriminator on conditions (anywhere in
/// the object), unknown properties, missing required properties, numbers in strings and integer enums all
/// refused. The shape is checked by the serializer, which stops at its first problem; the content is then
/// checked by <see cref="RuleValidator"/>, which reports every problem.
/// </summary>
public static class RuleJson
{
    /// <summary>Largest rule document accepted, so a huge body is refused before it is parsed.</summary>
    public const int MaxLength = 64 * 1024;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Parses and validates; <paramref name="profile"/>, when given, checks keys against its telemetry.</summary>
    public static RuleParseResult Parse(string json, DeviceProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxLength)
        {
            return Failed("$", $"A rule is at most {MaxLength} characters of JSON.");
        }

        Rule? rule;
        try
        {
            rule = JsonSerializer.Deserialize<Rule>(json, Options);
        }
        catch (JsonException exception)
        {
            var (path, message) = RuleJsonErrors.Describe(exception);
            return Failed(path, message);
        }
        catch (NotSupportedException exception)
        {
            // The serializer lands here for a condition without "type": it cannot build the abstract base.
            return Failed(RuleJsonErrors.PathOf(exception), "A condition needs a \"type\": threshold, range, rateOfChange, inactivity, all or any.");
        }

        if (rule is null)
        {
            return Failed("$", "A rule object is required.");
        }

        var errors = RuleValidator.Validate(rule, profile);
        return errors.Count == 0 ? new RuleParseResult(rule, errors) : new RuleParseResult(null, errors);
    }

    public static string Serialize(Rule rule) => JsonSerializer.Serialize(rule, Options);

    private static RuleParseResult Failed(string path, string message) =>
        new(null, new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [message] });

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Strict on purpose: a misspelt "forSecond" silently ignored would be a rule that never waits.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            AllowOutOfOrderMetadataProperties = true,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 32,
            // Operators are written as ">" and "<"; the API answers application/json, never HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new TelemetryValueJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
