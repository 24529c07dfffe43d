using System.Text.Json;

namespace Polis.Platform.Ingest;

/// <summary>Parses client attributes: one flat JSON object of key to any JSON value (kept as JSON text).</summary>
public static class AttributesPayloadParser
{
    private const int MaxKeyLength = 128;

    public static (IReadOnlyDictionary<string, string>? Attributes, Rejection? Error) Parse(ReadOnlyMemory<byte> payload, int maxKeys)
    {
        try
        {
            using var document = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, new Rejection(RejectionReason.MalformedPayload, "Attributes must be a JSON object of key to value."));
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.Length is 0 or > MaxKeyLength || property.Name.Any(char.IsControl))
                {
                    return (null, new Rejection(RejectionReason.MalformedPayload, $"Attribute key is invalid: keys are 1 to {MaxKeyLength} printable characters."));
                }

                attributes[property.Name] = property.Value.GetRawText();
            }

            if (attributes.Count == 0 || attributes.Count > maxKeys)
            {
                return (null, new Rejection(RejectionReason.MalformedPayload, $"Attributes must hold between 1 and {maxKeys} keys."));
            }

            return (attributes, null);
        }
        catch (JsonException ex)
        {
            return (null, new Rejection(RejectionReason.MalformedPayload, $"Payload is not valid JSON: {ex.Message}"));
        }
    }
}
