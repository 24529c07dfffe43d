using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Polis.Metering.Tariffs;

/// <summary>
/// The JSON form of a <see cref="Tariff"/> (camelCase, enums and days of the week by name, dates "yyyy-MM-dd", clock
/// times "HH:mm", charges told apart by <c>type</c>). The API reads tariffs with <see cref="Options"/>.
/// </summary>
public static class TariffJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads a tariff; malformed JSON or a missing required member throws <see cref="JsonException"/>.</summary>
    public static Tariff Parse(string json) =>
        JsonSerializer.Deserialize<Tariff>(json, Options) ?? throw new JsonException("A tariff is a JSON object, not null.");

    public static string Serialize(Tariff tariff) => JsonSerializer.Serialize(tariff, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // The type discriminator may come anywhere in a charge object, as people write it.
            AllowOutOfOrderMetadataProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
