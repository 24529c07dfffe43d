using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Polis.NgsiLd.Query;

/// <summary>
/// Evaluates a parsed query against one entity in normalized form. A term on an attribute the entity
/// lacks is false (also for != and !~=); when the target is an array, any element may satisfy the term;
/// values of different types never match each other (clause 4.9).
/// </summary>
public static class QEvaluator
{
    public static bool Matches(QNode node, JsonObject entity)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(entity);
        return node switch
        {
            QLogical { IsAnd: true } and => and.Operands.All(o => Matches(o, entity)),
            QLogical or => or.Operands.Any(o => Matches(o, entity)),
            QTerm term => Matches(term, entity),
            _ => false,
        };
    }

    private static bool Matches(QTerm term, JsonObject entity)
    {
        var targets = Resolve(term.Path, entity).SelectMany(Flatten).ToList();
        return term.Operator switch
        {
            QOperator.Exists => targets.Count > 0,
            QOperator.NotExists => targets.Count == 0,
            QOperator.Equal => targets.Any(t => EqualsAny(t, term)),
            QOperator.NotEqual => targets.Count > 0 && !targets.Any(t => EqualsAny(t, term)),
            QOperator.Matches => targets.Any(t => IsMatch(t, term.Pattern!)),
            QOperator.NotMatches => targets.Count > 0 && !targets.Any(t => IsMatch(t, term.Pattern!)),
            _ => targets.Any(t => Compare(t, term.Values[0]) is { } c && Satisfies(term.Operator, c)),
        };
    }

    private static bool EqualsAny(JsonNode target, QTerm term)
    {
        if (term.IsRange)
        {
            return Compare(target, term.Values[0]) is >= 0 && Compare(target, term.Values[1]) is <= 0;
        }

        return term.Values.Any(v => Compare(target, v) == 0);
    }

    private static bool Satisfies(QOperator op, int comparison) => op switch
    {
        QOperator.Greater => comparison > 0,
        QOperator.GreaterOrEqual => comparison >= 0,
        QOperator.Less => comparison < 0,
        QOperator.LessOrEqual => comparison <= 0,
        _ => false,
    };

    private static bool IsMatch(JsonNode target, Regex pattern)
    {
        if (target.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            return pattern.IsMatch(target.GetValue<string>());
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological pattern must not hang a query; it simply does not match.
            return false;
        }
    }

    /// <summary>Target compared to literal: sign of (target - literal), or null when the types differ.</summary>
    private static int? Compare(JsonNode target, QValue literal)
    {
        var kind = target.GetValueKind();
        switch (literal.Kind)
        {
            case QValueKind.Number when kind == JsonValueKind.Number:
                return double.Parse(target.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).CompareTo(literal.Number);
            case QValueKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                return (kind == JsonValueKind.True) == literal.Boolean ? 0 : 1;
            case QValueKind.DateTime or QValueKind.Text or QValueKind.Uri when kind == JsonValueKind.String:
                var text = target.GetValue<string>();
                if (literal.Instant is { } instant && QLiterals.ParseInstant(text) is { } value)
                {
                    return value.CompareTo(instant);
                }

                return literal.Kind == QValueKind.DateTime ? null : Math.Sign(string.CompareOrdinal(text, literal.Text));
            default:
                return null;
        }
    }

    /// <summary>The values a path designates: per attribute instance, the value (Property, GeoProperty) or object (Relationship).</summary>
    private static IEnumerable<JsonNode> Resolve(QPath path, JsonObject entity)
    {
        if (entity[path.Attribute] is not { } attribute)
        {
            yield break;
        }

        foreach (var instance in attribute is JsonArray many ? many.OfType<JsonNode>() : [attribute])
        {
            JsonNode? current = instance;
            foreach (var sub in path.SubAttributes)
            {
                current = current is JsonObject o ? o[sub] : null;
            }

            current = current is JsonObject { } attr && attr.ContainsKey("type") && (attr.ContainsKey("value") || attr.ContainsKey("object"))
                ? attr["value"] ?? attr["object"]
                : current;
            foreach (var member in path.ValueMembers)
            {
                current = Unwrap(current) is JsonObject o ? o[member] : null;
            }

            if (Unwrap(current) is { } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>JSON-LD typed values ({"@type":"DateTime","@value":…}) compare as their @value.</summary>
    private static JsonNode? Unwrap(JsonNode? node) => node is JsonObject o && o.TryGetPropertyValue("@value", out var inner) ? inner : node;

    private static IEnumerable<JsonNode> Flatten(JsonNode node) =>
        node is JsonArray array ? array.OfType<JsonNode>().Select(n => Unwrap(n)!).Where(n => n is not null) : [node];
}
