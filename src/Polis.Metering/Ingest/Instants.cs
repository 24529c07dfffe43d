using System.Globalization;

namespace Polis.Metering.Ingest;

/// <summary>
/// The instants metering accepts from people and head-end systems: ISO 8601 with an explicit offset
/// (<c>2026-10-01T00:00:00Z</c>, <c>2026-10-01T02:00:00+02:00</c>) or Unix milliseconds. A local time without offset is
/// refused, never guessed: across a DST change it names two instants or none.
/// </summary>
public static class Instants
{
    /// <summary>The message a refused instant explains itself with.</summary>
    public const string Expected = "an ISO 8601 instant with an offset (2026-10-01T00:00:00Z) or Unix milliseconds";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
    ];

    /// <summary>An instant as metering writes it in messages and CSV: ISO 8601 UTC, fractions only when there are any.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.All(char.IsAsciiDigit))
        {
            if (!long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) || ms > 253_402_300_799_999)
            {
                return false;
            }

            instant = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            return true;
        }

        if (!DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        instant = parsed.ToUniversalTime();
        return true;
    }
}
