using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polis.Metering.Billing.Runs;

/// <summary>
/// How stored bills, adjustments and run summaries are written: web defaults, enums by name, compact (a run writes
/// one document per bill). Decimals round-trip exactly, so a stored bill compares equal to the one computed.
/// </summary>
public static class BillJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
