using System.Text.Json;
using System.Text.RegularExpressions;

namespace Polis.Platform.Rules;

/// <summary>
/// Turns serializer exceptions into field paths and messages a client can act on, without the .NET type
/// names the serializer puts in its own messages.
/// </summary>
internal static partial class RuleJsonErrors
{
    /// <summary><c>$.condition.conditions[1].value</c> → <c>condition.conditions[1].value</c>; the root is <c>$</c>.</summary>
    public static string PathOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "$";
        }

        return jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
    }

    /// <summary>The field path and message for a serializer failure.</summary>
    public static (string Path, string Message) Describe(JsonException exception)
    {
        var path = PathOf(exception.Path);
        var message = exception.Message;
        if (UnmappedPattern().Match(message) is { Success: true } unmapped)
        {
            return (path, $"Unknown property '{unmapped.Groups[1].Value}'.");
        }

        if (MissingPattern().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups[1].Value.Replace("'", string.Empty, StringComparison.Ordinal);
            var first = names.Split(',')[0].Trim();
            return (Join(path, first), $"Required property missing ({names}).");
        }

        if (DiscriminatorPattern().Match(message) is { Success: true } discriminator)
        {
            return (Join(path, "type"), $"Unknown condition type '{discriminator.Groups[1].Value}'; use threshold, range, rateOfChange, inactivity, all or any.");
        }

        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            return (path, "Must not be null.");
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return (path, ExpectedValue(path));
        }

        // Anything else is a syntax error: the reader's wording is specific enough once the path noise is gone.
        var text = message.Split(" Path:", 2)[0];
        return exception.LineNumber is { } line
            ? (path, $"Invalid JSON at line {line + 1}, byte {exception.BytePositionInLine + 1}: {text}")
            : (path, $"Invalid JSON: {text}");
    }

    /// <summary>The condition path named in a NotSupportedException (a condition without "type").</summary>
    public static string PathOf(NotSupportedException exception)
    {
        var match = PathInMessagePattern().Match(exception.Message);
        return PathOf(match.Success ? match.Groups[1].Value : null);
    }

    private static string ExpectedValue(string path)
    {
        var field = path[(path.LastIndexOf('.') + 1)..];
        return field switch
        {
            "severity" => "Expected one of critical, major, minor, warning, indeterminate.",
            "operator" => "Expected one of >, >=, <, <=, ==, !=.",
            "mode" => "Expected inside or outside.",
            "enabled" => "Expected true or false.",
            "forSeconds" or "seconds" or "windowSeconds" => "Expected a whole number of seconds.",
            "min" or "max" or "maxChangePerMinute" or "maxChangePercent" => "Expected a number.",
            "conditions" => "Expected an array of conditions.",
            _ => "Invalid value for this field.",
        };
    }

    private static string Join(string path, string field) => path == "$" ? field : $"{path}.{field}";

    [GeneratedRegex("The JSON property '(.*)' could not be mapped")]
    private static partial Regex UnmappedPattern();

    [GeneratedRegex("missing required properties including: (.*)\\.$")]
    private static partial Regex MissingPattern();

    [GeneratedRegex("unrecognized type discriminator id '(.*)'")]
    private static partial Regex DiscriminatorPattern();

    [GeneratedRegex("Path: (\\$[^ ]*)")]
    private static partial Regex PathInMessagePattern();
}
