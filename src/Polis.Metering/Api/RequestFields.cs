using System.Text.RegularExpressions;
using Polis.Metering.Ingest;

namespace Polis.Metering.Api;

/// <summary>Checks the fields of a request body one by one, collecting a message per field for a validation problem.</summary>
internal sealed partial class RequestFields
{
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public void Fail(string field, string message) => Errors[field] = [message];

    /// <summary>The given id, or a new one with <paramref name="prefix"/> when none is given.</summary>
    public string Id(string? value, string prefix)
    {
        if (value is null)
        {
            return $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";
        }

        if (!IdPattern().IsMatch(value))
        {
            Fail("id", "Ids are 1-100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit.");
        }

        return value;
    }

    public string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(field, $"{field} is required.");
            return string.Empty;
        }

        return Optional(value, field, maxLength)!;
    }

    public string? Optional(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Fail(field, $"{field} is at most {maxLength} characters.");
        }

        return trimmed;
    }

    /// <summary>An enum value by its API name (kebab-case, any case); <paramref name="fallback"/> when absent.</summary>
    public TEnum Enum<TEnum>(string? value, string field, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        if (value is null && fallback is { } given)
        {
            return given;
        }

        if (value is not null && System.Enum.TryParse<TEnum>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
            && System.Enum.IsDefined(parsed) && !value.Any(char.IsAsciiDigit))
        {
            return parsed;
        }

        var names = string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        Fail(field, value is null ? $"{field} is required: one of {names}." : $"'{value}' is not a {field}: one of {names}.");
        return default;
    }

    public DateTimeOffset? Instant(string? value, string field, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Fail(field, $"{field} is required: {Instants.Expected}.");
            }

            return null;
        }

        if (Instants.TryParse(value, out var instant))
        {
            return instant;
        }

        Fail(field, $"'{value}' is not {Instants.Expected}.");
        return null;
    }

    /// <summary>A register read: a finite number, zero or more.</summary>
    public double? Read(double? value, string field, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                Fail(field, $"{field} is required (the register's value).");
            }

            return null;
        }

        if (!double.IsFinite(value.Value) || value < 0)
        {
            Fail(field, $"{field} is a register value: a finite number, zero or more.");
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")]
    private static partial Regex IdPattern();
}
