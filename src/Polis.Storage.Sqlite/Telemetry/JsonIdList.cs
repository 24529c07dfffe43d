using System.Text;
using System.Text.Json;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// Passes a list of ids to SQLite as one JSON array parameter read with json_each: one prepared
/// statement for any list length, no SQL built from values, no variable-count limit.
/// </summary>
internal static class JsonIdList
{
    public static string From(IEnumerable<string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
