using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Writes an Open311 body in either format from one model, so JSON and XML never disagree. XML follows the spec's
/// examples: the root element wraps the items (<c>&lt;services&gt;&lt;service&gt;…</c>), a null is an empty element.
/// Times are W3C date-times in UTC with seconds.
/// </summary>
public static class Open311Writer
{
    // Served as application/json, never inside HTML: the relaxed encoder keeps apostrophes and accents readable.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Open311Format format, string rootName, object body) =>
        format == Open311Format.Xml ? Xml(rootName, body) : Json(body);

    public static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Json(object body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            WriteJson(writer, body);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case DateTimeOffset time: writer.WriteStringValue(FormatTime(time)); break;
            case Open311List list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Open311Object entity:
                writer.WriteStartObject();
                foreach (var (name, field) in entity.Fields)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, field);
                }

                writer.WriteEndObject();
                break;
            default: throw new ArgumentException($"Open311 cannot write a {value.GetType().Name}.", nameof(value));
        }
    }

    private static string Xml(string rootName, object body)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), Element(rootName, body));
        using var writer = new Utf8StringWriter();
        document.Save(writer, SaveOptions.DisableFormatting);
        return writer.ToString();
    }

    private static XElement Element(string name, object? value) => value switch
    {
        null => new XElement(name),
        string text => new XElement(name, text),
        bool flag => new XElement(name, flag ? "true" : "false"),
        int number => new XElement(name, number.ToString(CultureInfo.InvariantCulture)),
        long number => new XElement(name, number.ToString(CultureInfo.InvariantCulture)),
        double number => new XElement(name, number.ToString("R", CultureInfo.InvariantCulture)),
        DateTimeOffset time => new XElement(name, FormatTime(time)),
        Open311List list => new XElement(name, list.Items.Select(item => Element(list.ItemName, item))),
        Open311Object entity => new XElement(name, entity.Fields.Select(f => Element(f.Key, f.Value))),
        _ => throw new ArgumentException($"Open311 cannot write a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A StringWriter that makes XDocument declare UTF-8, the encoding the response is sent in.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
