using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Polis.NgsiLd.Errors;

namespace Polis.NgsiLd.Query;

/// <summary>
/// Parses the NGSI-LD query language (clause 4.9) by recursive descent. AND (<c>;</c>) binds tighter than
/// OR (<c>|</c>); parentheses group. Errors name the 1-based character position so a client can fix its
/// query without guessing.
/// </summary>
public sealed class QParser
{
    public const int MaxLength = 4_000;
    private const int MaxDepth = 32;
    private static readonly TimeSpan _regexTimeout = TimeSpan.FromMilliseconds(100);

    private readonly string _text;
    private int _pos;
    private int _depth;

    private QParser(string text) => _text = text;

    /// <summary>The AST of <paramref name="text"/>; throws <see cref="NgsiLdException"/> (BadRequestData) when malformed.</summary>
    public static QNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw NgsiLdException.BadRequest($"Invalid q: longer than {MaxLength} characters.");
        }

        var parser = new QParser(text);
        var node = parser.ParseOr();
        parser.SkipSpaces();
        if (!parser.AtEnd)
        {
            throw parser.Error(parser.Peek == ')' ? "unbalanced ')'" : $"unexpected '{parser.Peek}'");
        }

        return node;
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek => _text[_pos];

    private QNode ParseOr()
    {
        var operands = new List<QNode> { ParseAnd() };
        while (TryConsume('|'))
        {
            operands.Add(ParseAnd());
        }

        return operands.Count == 1 ? operands[0] : new QLogical(false, operands);
    }

    private QNode ParseAnd()
    {
        var operands = new List<QNode> { ParsePrimary() };
        while (TryConsume(';'))
        {
            operands.Add(ParsePrimary());
        }

        return operands.Count == 1 ? operands[0] : new QLogical(true, operands);
    }

    private QNode ParsePrimary()
    {
        SkipSpaces();
        if (AtEnd)
        {
            throw Error("expected an attribute name or '(' but the query ended");
        }

        if (Peek != '(')
        {
            return ParseTerm();
        }

        var open = _pos;
        _pos++;
        if (++_depth > MaxDepth)
        {
            throw Error($"parentheses nested deeper than {MaxDepth}");
        }

        var inner = ParseOr();
        SkipSpaces();
        if (AtEnd || Peek != ')')
        {
            throw Error($"'(' at position {open + 1} is not closed");
        }

        _pos++;
        _depth--;
        return inner;
    }

    private QTerm ParseTerm()
    {
        var start = _pos;
        var negated = TryConsumeRaw("!") && !(_pos < _text.Length && _text[_pos] == '~');
        if (!negated && _pos > start)
        {
            _pos = start;
        }

        var path = ParsePath();
        SkipSpaces();
        if (AtEnd || Peek is ';' or '|' or ')')
        {
            return new QTerm(path, negated ? QOperator.NotExists : QOperator.Exists, [], false, null, start);
        }

        if (negated)
        {
            throw Error($"'!' (attribute does not exist) cannot be followed by an operator after '{path}'");
        }

        var opPosition = _pos;
        var op = ParseOperator(path);
        SkipSpaces();
        if (op is QOperator.Matches or QOperator.NotMatches)
        {
            var patternPosition = _pos;
            var pattern = AtEnd ? string.Empty : Peek == '"' ? ReadQuoted() : ReadRegexWord();
            return new QTerm(path, op, [], false, CompileRegex(pattern, patternPosition), start);
        }

        var valuePosition = _pos;
        var first = ParseValue();
        var values = new List<QValue> { first };
        var isRange = false;
        if (TryConsumeRaw(".."))
        {
            values.Add(ParseValue());
            isRange = true;
        }
        else
        {
            while (TryConsumeRaw(","))
            {
                values.Add(ParseValue());
            }
        }

        Validate(op, values, isRange, opPosition, valuePosition);
        return new QTerm(path, op, values, isRange, null, start);
    }

    private QPath ParsePath()
    {
        var attribute = ReadName("an attribute name");
        var subAttributes = new List<string>();
        var members = new List<string>();
        while (!AtEnd && Peek == '.' && !(_pos + 1 < _text.Length && _text[_pos + 1] == '.'))
        {
            _pos++;
            subAttributes.Add(ReadName("a sub-attribute name after '.'"));
        }

        while (!AtEnd && Peek == '[')
        {
            var open = _pos++;
            members.Add(ReadName("a member name after '['"));
            if (AtEnd || Peek != ']')
            {
                throw Error($"'[' at position {open + 1} is not closed with ']'");
            }

            _pos++;
        }

        return new QPath(attribute, subAttributes, members);
    }

    private string ReadName(string what)
    {
        var start = _pos;
        if (AtEnd || !(char.IsLetter(Peek) || Peek is '_' or '@'))
        {
            throw Error(AtEnd ? $"expected {what} but the query ended" : $"expected {what}, found '{Peek}'");
        }

        _pos++;
        while (!AtEnd && (char.IsLetterOrDigit(Peek) || Peek is '_' or ':' or '-'))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private QOperator ParseOperator(QPath path)
    {
        (string Token, QOperator Op)[] operators =
        [
            ("==", QOperator.Equal), ("!=", QOperator.NotEqual), (">=", QOperator.GreaterOrEqual), ("<=", QOperator.LessOrEqual),
            ("!~=", QOperator.NotMatches), ("~=", QOperator.Matches), (">", QOperator.Greater), ("<", QOperator.Less),
        ];
        foreach (var (token, op) in operators)
        {
            if (TryConsumeRaw(token))
            {
                return op;
            }
        }

        throw Error($"expected an operator (==, !=, >, >=, <, <=, ~=, !~=) or ';', '|', ')' after '{path}', found '{Peek}'");
    }

    private QValue ParseValue()
    {
        SkipSpaces();
        var start = _pos;
        if (AtEnd)
        {
            throw Error("expected a value but the query ended");
        }

        if (Peek == '"')
        {
            var text = ReadQuoted();
            return new QValue(QValueKind.Text, 0, text, false, QLiterals.ParseInstant(text));
        }

        if (Peek is '<' or '>' or '=' or '!' or '~')
        {
            throw Error($"expected a value, found '{Peek}'");
        }

        while (!AtEnd && Peek is not (';' or '|' or ')' or ',' or ' ') && !(Peek == '.' && _pos + 1 < _text.Length && _text[_pos + 1] == '.'))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw Error($"expected a value, found '{Peek}'");
        }

        return QLiterals.Classify(_text[start.._pos]);
    }

    private string ReadQuoted()
    {
        var open = _pos++;
        var builder = new StringBuilder();
        while (!AtEnd)
        {
            var c = _text[_pos++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\' && !AtEnd)
            {
                c = _text[_pos++];
            }

            builder.Append(c);
        }

        _pos = open;
        throw Error("string is not closed with '\"'");
    }

    /// <summary>An unquoted regular expression runs to the next top-level ';', '|' or unbalanced ')'.</summary>
    private string ReadRegexWord()
    {
        var start = _pos;
        var depth = 0;
        while (!AtEnd)
        {
            var c = Peek;
            if (c == '\\' && _pos + 1 < _text.Length)
            {
                _pos += 2;
                continue;
            }

            if (depth == 0 && (c is ';' or '|' || c == ')'))
            {
                break;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            _pos++;
        }

        return _text[start.._pos];
    }

    private Regex CompileRegex(string pattern, int position)
    {
        if (pattern.Length == 0)
        {
            _pos = position;
            throw Error("expected a regular expression");
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, _regexTimeout);
        }
        catch (ArgumentException e)
        {
            _pos = position;
            throw Error($"invalid regular expression: {e.Message}");
        }
    }

    private void Validate(QOperator op, List<QValue> values, bool isRange, int opPosition, int valuePosition)
    {
        var ordering = op is QOperator.Greater or QOperator.GreaterOrEqual or QOperator.Less or QOperator.LessOrEqual;
        if (ordering && values.Count > 1)
        {
            _pos = valuePosition;
            throw Error("ranges and value lists are only allowed with == and !=");
        }

        if ((ordering || isRange) && values.FirstOrDefault(v => v.Kind is QValueKind.Boolean or QValueKind.Uri) is { } bad)
        {
            _pos = ordering ? opPosition : valuePosition;
            throw Error($"'{bad.Text}' cannot be ordered: use a number, a quoted string or a dateTime");
        }

        if (isRange && (values[0].Kind == QValueKind.Number) != (values[1].Kind == QValueKind.Number))
        {
            _pos = valuePosition;
            throw Error("both bounds of a range must be numbers, or both strings or dateTimes");
        }
    }

    private void SkipSpaces()
    {
        while (!AtEnd && Peek == ' ')
        {
            _pos++;
        }
    }

    private bool TryConsume(char c)
    {
        SkipSpaces();
        if (!AtEnd && Peek == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool TryConsumeRaw(string token)
    {
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0)
        {
            _pos += token.Length;
            return true;
        }

        return false;
    }

    private NgsiLdException Error(string what) =>
        NgsiLdException.BadRequest(string.Create(CultureInfo.InvariantCulture, $"Invalid q at position {_pos + 1}: {what}."));
}
