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

    private static readonly (string Token, QOperator Op)[] _operators =
    [
        ("==", QOperator.Equal), ("!=", QOperator.NotEqual), (">=", QOperator.GreaterOrEqual), ("<=", QOperator.LessOrEqual),
        ("!~=", QOperator.NotMatches), ("~=", QOperator.Matches), (">", QOperator.Greater), ("<", QOperator.Less),
    ];

    private readonly QScanner _scanner;
    private int _depth;

    private QParser(string text) => _scanner = new QScanner(text);

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
        var scanner = parser._scanner;
        scanner.SkipSpaces();
        return scanner.AtEnd ? node : throw scanner.Error(scanner.Peek == ')' ? "unbalanced ')'" : $"unexpected '{scanner.Peek}'");
    }

    private QNode ParseOr()
    {
        var operands = new List<QNode> { ParseAnd() };
        while (_scanner.TryConsume('|'))
        {
            operands.Add(ParseAnd());
        }

        return operands.Count == 1 ? operands[0] : new QLogical(false, operands);
    }

    private QNode ParseAnd()
    {
        var operands = new List<QNode> { ParsePrimary() };
        while (_scanner.TryConsume(';'))
        {
            operands.Add(ParsePrimary());
        }

        return operands.Count == 1 ? operands[0] : new QLogical(true, operands);
    }

    private QNode ParsePrimary()
    {
        _scanner.SkipSpaces();
        if (_scanner.AtEnd)
        {
            throw _scanner.Error("expected an attribute name or '(' but the query ended");
        }

        if (_scanner.Peek != '(')
        {
            return ParseTerm();
        }

        var open = _scanner.Position++;
        if (++_depth > MaxDepth)
        {
            throw _scanner.Error($"parentheses nested deeper than {MaxDepth}");
        }

        var inner = ParseOr();
        _scanner.SkipSpaces();
        if (_scanner.AtEnd || _scanner.Peek != ')')
        {
            throw _scanner.Error($"'(' at position {open + 1} is not closed");
        }

        _scanner.Position++;
        _depth--;
        return inner;
    }

    private QTerm ParseTerm()
    {
        var start = _scanner.Position;

        // "!attr" is "attr does not exist"; "!~=" is an operator and never starts a term.
        var negated = _scanner.Peek == '!' && _scanner.TryConsumeRaw("!");
        var path = ParsePath();
        _scanner.SkipSpaces();
        if (_scanner.AtEnd || _scanner.Peek is ';' or '|' or ')')
        {
            return new QTerm(path, negated ? QOperator.NotExists : QOperator.Exists, [], false, null, start);
        }

        if (negated)
        {
            throw _scanner.Error($"'!' (attribute does not exist) cannot be followed by an operator after '{path}'");
        }

        var opPosition = _scanner.Position;
        var op = ParseOperator(path);
        _scanner.SkipSpaces();
        if (op is QOperator.Matches or QOperator.NotMatches)
        {
            var patternPosition = _scanner.Position;
            var pattern = _scanner.AtEnd ? string.Empty : _scanner.Peek == '"' ? _scanner.ReadQuoted() : _scanner.ReadRegexWord();
            return new QTerm(path, op, [], false, CompileRegex(pattern, patternPosition), start);
        }

        var valuePosition = _scanner.Position;
        var values = new List<QValue> { ParseValue() };
        var isRange = _scanner.TryConsumeRaw("..");
        if (isRange)
        {
            values.Add(ParseValue());
        }
        else
        {
            while (_scanner.TryConsumeRaw(","))
            {
                values.Add(ParseValue());
            }
        }

        Validate(op, values, isRange, opPosition, valuePosition);
        return new QTerm(path, op, values, isRange, null, start);
    }

    private QPath ParsePath()
    {
        var attribute = _scanner.ReadName("an attribute name");
        var subAttributes = new List<string>();
        var members = new List<string>();
        while (!_scanner.AtEnd && _scanner.Peek == '.' && !_scanner.AtRange)
        {
            _scanner.Position++;
            subAttributes.Add(_scanner.ReadName("a sub-attribute name after '.'"));
        }

        while (!_scanner.AtEnd && _scanner.Peek == '[')
        {
            var open = _scanner.Position++;
            members.Add(_scanner.ReadName("a member name after '['"));
            if (_scanner.AtEnd || _scanner.Peek != ']')
            {
                throw _scanner.Error($"'[' at position {open + 1} is not closed with ']'");
            }

            _scanner.Position++;
        }

        return new QPath(attribute, subAttributes, members);
    }

    private QOperator ParseOperator(QPath path)
    {
        foreach (var (token, op) in _operators)
        {
            if (_scanner.TryConsumeRaw(token))
            {
                return op;
            }
        }

        throw _scanner.Error($"expected an operator (==, !=, >, >=, <, <=, ~=, !~=) or ';', '|', ')' after '{path}', found '{_scanner.Peek}'");
    }

    private QValue ParseValue()
    {
        _scanner.SkipSpaces();
        if (!_scanner.AtEnd && _scanner.Peek == '"')
        {
            var text = _scanner.ReadQuoted();
            return new QValue(QValueKind.Text, 0, text, false, QLiterals.ParseInstant(text));
        }

        if (!_scanner.AtEnd && _scanner.Peek is '<' or '>' or '=' or '!' or '~')
        {
            throw _scanner.Error($"expected a value, found '{_scanner.Peek}'");
        }

        return QLiterals.Classify(_scanner.ReadBareWord());
    }

    private Regex CompileRegex(string pattern, int position)
    {
        // Errors point at the start of the pattern; success continues after it.
        var end = _scanner.Position;
        _scanner.Position = position;
        if (pattern.Length == 0)
        {
            throw _scanner.Error("expected a regular expression");
        }

        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, _regexTimeout);
            _scanner.Position = end;
            return regex;
        }
        catch (ArgumentException e)
        {
            throw _scanner.Error($"invalid regular expression: {e.Message}");
        }
    }

    private void Validate(QOperator op, List<QValue> values, bool isRange, int opPosition, int valuePosition)
    {
        var ordering = op is QOperator.Greater or QOperator.GreaterOrEqual or QOperator.Less or QOperator.LessOrEqual;
        if (ordering && values.Count > 1)
        {
            _scanner.Position = valuePosition;
            throw _scanner.Error("ranges and value lists are only allowed with == and !=");
        }

        if ((ordering || isRange) && values.FirstOrDefault(v => v.Kind is QValueKind.Boolean or QValueKind.Uri) is { } bad)
        {
            _scanner.Position = ordering ? opPosition : valuePosition;
            throw _scanner.Error($"'{bad.Text}' cannot be ordered: use a number, a quoted string or a dateTime");
        }

        if (isRange && (values[0].Kind == QValueKind.Number) != (values[1].Kind == QValueKind.Number))
        {
            _scanner.Position = valuePosition;
            throw _scanner.Error("both bounds of a range must be numbers, or both strings or dateTimes");
        }
    }
}
