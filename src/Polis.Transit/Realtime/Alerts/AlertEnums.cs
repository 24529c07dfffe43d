using System.Text;

namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// The spec's enum names (UPPER_SNAKE, "SIGNIFICANT_DELAYS") for Polis's alert enums, and parsing that accepts them
/// as the spec writes them or as Polis's JSON does ("significant-delays").
/// </summary>
public static class AlertEnums
{
    public static string SpecName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var wanted = (text ?? string.Empty).Trim().Replace('-', '_').ToUpperInvariant();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(SpecName(candidate), wanted, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The accepted values, for error messages.</summary>
    public static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => SpecName(v).ToLowerInvariant().Replace('_', '-')));
}
