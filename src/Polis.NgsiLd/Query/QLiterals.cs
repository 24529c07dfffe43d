using System.Globalization;

namespace Polis.NgsiLd.Query;

/// <summary>Recognises unquoted literals and ISO 8601 instants in the query language.</summary>
public static class QLiterals
{
    private static readonly string[] _instantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd",
    ];

    /// <summary>An unquoted word: true/false, a number, a dateTime, or else a URI-like word (allowed only with == and !=).</summary>
    public static QValue Classify(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word is "true" or "false")
        {
            return new QValue(QValueKind.Boolean, 0, word, word == "true", null);
        }

        if (IsNumber(word) && double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new QValue(QValueKind.Number, number, word, false, null);
        }

        return ParseInstant(word) is { } instant
            ? new QValue(QValueKind.DateTime, 0, word, false, instant)
            : new QValue(QValueKind.Uri, 0, word, false, null);
    }

    /// <summary>The instant an ISO 8601 date or date-time denotes (UTC when no offset is given), or null.</summary>
    public static DateTimeOffset? ParseInstant(string text)
    {
        if (text is null || text.Length < 10 || !char.IsAsciiDigit(text[0]) || text[4] != '-')
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(text, _instantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
    }

    private static bool IsNumber(string word)
    {
        var i = word.StartsWith('-') || word.StartsWith('+') ? 1 : 0;
        return i < word.Length && (char.IsAsciiDigit(word[i]) || (word[i] == '.' && i + 1 < word.Length && char.IsAsciiDigit(word[i + 1])));
    }
}
