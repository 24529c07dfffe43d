using System.Globalization;
using System.Text;
using Polis.NgsiLd.Errors;

namespace Polis.NgsiLd.Query;

/// <summary>
/// Character-level reading of a q string for <see cref="QParser"/>: names, quoted strings, bare words
/// and regular expressions, each failing with the 1-based position of the offending character.
/// </summary>
internal sealed class QScanner(string text)
{
    public int Position { get; set; }

    public bool AtEnd => Position >= text.Length;

    public char Peek => text[Position];

    /// <summary>True at ".." (a range), which must not be read as part of a number or a path.</summary>
    public bool AtRange => Position + 1 < text.Length && text[Position] == '.' && text[Position + 1] == '.';

    public void SkipSpaces()
    {
        while (!AtEnd && Peek == ' ')
        {
            Position++;
        }
    }

    /// <summary>Consumes <paramref name="c"/> after optional spaces.</summary>
    public bool TryConsume(char c)
    {
        SkipSpaces();
        if (!AtEnd && Peek == c)
        {
            Position++;
            return true;
        }

        return false;
    }

    /// <summary>Consumes <paramref name="token"/> exactly where the scanner stands.</summary>
    public bool TryConsumeRaw(string token)
    {
        if (string.CompareOrdinal(text, Position, token, 0, token.Length) == 0)
        {
            Position += token.Length;
            return true;
        }

        return false;
    }

    /// <summary>A name: a letter, '_' or '@' first, then letters, digits, '_', ':' (prefixes) or '-'.</summary>
    public string ReadName(string what)
    {
        var start = Position;
        if (AtEnd || !(char.IsLetter(Peek) || Peek is '_' or '@'))
        {
            throw Error(AtEnd ? $"expected {what} but the query ended" : $"expected {what}, found '{Peek}'");
        }

        Position++;
        while (!AtEnd && (char.IsLetterOrDigit(Peek) || Peek is '_' or ':' or '-'))
        {
            Position++;
        }

        return text[start..Position];
    }

    /// <summary>A double-quoted string; backslash escapes the next character.</summary>
    public string ReadQuoted()
    {
        var open = Position++;
        var builder = new StringBuilder();
        while (!AtEnd)
        {
            var c = text[Position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\' && !AtEnd)
            {
                c = text[Position++];
            }

            builder.Append(c);
        }

        Position = open;
        throw Error("string is not closed with '\"'");
    }

    /// <summary>An unquoted literal: up to the next ';', '|', ')', ',', space or "..".</summary>
    public string ReadBareWord()
    {
        var start = Position;
        while (!AtEnd && Peek is not (';' or '|' or ')' or ',' or ' ') && !AtRange)
        {
            Position++;
        }

        return Position == start ? throw Error(AtEnd ? "expected a value but the query ended" : $"expected a value, found '{Peek}'") : text[start..Position];
    }

    /// <summary>An unquoted regular expression runs to the next top-level ';', '|' or unbalanced ')'.</summary>
    public string ReadRegexWord()
    {
        var start = Position;
        var depth = 0;
        while (!AtEnd)
        {
            var c = Peek;
            if (c == '\\' && Position + 1 < text.Length)
            {
                Position += 2;
                continue;
            }

            if (depth == 0 && c is ';' or '|' or ')')
            {
                break;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            Position++;
        }

        return text[start..Position];
    }

    public NgsiLdException Error(string what) =>
        NgsiLdException.BadRequest(string.Create(CultureInfo.InvariantCulture, $"Invalid q at position {Position + 1}: {what}."));
}
