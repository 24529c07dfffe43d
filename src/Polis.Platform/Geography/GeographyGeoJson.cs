using System.Text;
using System.Text.Json;

namespace Polis.Platform.Geography;

/// <summary>Writes stored features back as one GeoJSON FeatureCollection; geometries are already canonical JSON, copied as they are.</summary>
public static class GeographyGeoJson
{
    public const string MediaType = "application/geo+json";

    public static string Write(IReadOnlyList<GeographyFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            foreach (var feature in features)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "Feature");
                if (feature.Id is not null)
                {
                    writer.WriteString("id", feature.Id);
                }

                writer.WriteStartObject("properties");
                writer.WriteString("kind", feature.Kind == GeographyKind.District ? "district" : "street");
                writer.WriteString("name", feature.Name);
                writer.WriteEndObject();
                writer.WritePropertyName("geometry");
                writer.WriteRawValue(feature.GeometryJson, skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
