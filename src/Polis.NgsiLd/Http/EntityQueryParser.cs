using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Polis.NgsiLd.Entities;
using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Geo;
using Polis.NgsiLd.Query;

namespace Polis.NgsiLd.Http;

/// <summary>Reads and validates the URL parameters of query entities and retrieve entity (clause 6.4.3.2, 6.5.3.1).</summary>
public static class EntityQueryParser
{
    private static readonly TimeSpan _regexTimeout = TimeSpan.FromMilliseconds(100);

    public static EntityQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = ParseInt(query, "limit", EntityQuery.DefaultLimit);
        var offset = ParseInt(query, "offset", 0);
        var count = ParseBool(query, "count") || ParseOptions(query).Count;
        if (limit < 0 || limit > EntityQuery.MaxLimit)
        {
            throw NgsiLdException.BadRequest($"limit must be between 0 and {EntityQuery.MaxLimit}.");
        }

        if (limit == 0 && !count)
        {
            throw NgsiLdException.BadRequest("limit=0 is only allowed together with count=true.");
        }

        if (offset < 0)
        {
            throw NgsiLdException.BadRequest("offset must not be negative.");
        }

        return new EntityQuery(
            ParseTypes(Single(query, "type")),
            ParseIds(Single(query, "id")),
            ParseIdPattern(Single(query, "idPattern")),
            ParseAttrs(query),
            Single(query, "q") is { Length: > 0 } q ? QParser.Parse(q) : null,
            GeoQueryParser.Parse(Single(query, "georel"), Single(query, "geometry"), Single(query, "coordinates"), Single(query, "geoproperty")),
            limit,
            offset,
            count,
            IsKeyValues(query));
    }

    /// <summary>attrs as a list of names (comma-separated, possibly repeated), or null when absent.</summary>
    public static IReadOnlyList<string>? ParseAttrs(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var names = query["attrs"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        return names.Count == 0 ? null : names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True for options=keyValues (or format=keyValues, NGSI-LD 1.8); unknown options are refused.</summary>
    public static bool IsKeyValues(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Single(query, "format") switch
        {
            null or "normalized" => ParseOptions(query).KeyValues,
            "keyValues" or "simplified" => true,
            var other => throw NgsiLdException.BadRequest($"Unsupported format '{other}': expected normalized or keyValues."),
        };
    }

    /// <summary>The options list; "count" is how NGSI-LD 1.2 clients (ngsijs) ask for the count header.</summary>
    private static (bool KeyValues, bool Count) ParseOptions(IQueryCollection query)
    {
        var (keyValues, count) = (false, false);
        foreach (var option in query["options"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            _ = option switch
            {
                "keyValues" or "simplified" => keyValues = true,
                "count" => count = true,
                "normalized" or "sysAttrs" => false,
                _ => throw NgsiLdException.BadRequest($"Unsupported option '{option}': expected keyValues, normalized, sysAttrs or count."),
            };
        }

        return (keyValues, count);
    }

    private static HashSet<string>? ParseTypes(string? types)
    {
        if (string.IsNullOrEmpty(types))
        {
            return null;
        }

        if (types.IndexOfAny([';', '(', ')']) >= 0)
        {
            throw new NgsiLdException(NgsiLdErrorTypes.OperationNotSupported, "Operation not supported", "Type expressions with ';' or parentheses are not supported; list alternatives with ',' or '|'.", 501);
        }

        return types.Split([',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(EntityTypes.ShortName).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string>? ParseIds(string? ids)
    {
        if (string.IsNullOrEmpty(ids))
        {
            return null;
        }

        var set = ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return set.FirstOrDefault(id => !EntityIds.IsUri(id)) is { } bad
            ? throw NgsiLdException.BadRequest($"Invalid id '{bad}': entity ids are URIs such as urn:ngsi-ld:Device:meter-1.")
            : set;
    }

    private static Regex? ParseIdPattern(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, _regexTimeout);
        }
        catch (ArgumentException e)
        {
            throw NgsiLdException.BadRequest($"Invalid idPattern: {e.Message}");
        }
    }

    private static int ParseInt(IQueryCollection query, string name, int fallback) =>
        Single(query, name) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw NgsiLdException.BadRequest($"{name} must be an integer, found '{text}'.");

    private static bool ParseBool(IQueryCollection query, string name) => Single(query, name) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw NgsiLdException.BadRequest($"{name} must be true or false, found '{other}'."),
    };

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw NgsiLdException.BadRequest($"Parameter '{name}' is given more than once."),
        };
    }
}
