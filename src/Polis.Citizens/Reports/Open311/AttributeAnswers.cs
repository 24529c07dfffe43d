using System.Globalization;
using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Checks a request's attribute values against its service's definitions: required ones present, numbers and
/// date-times parse, list values are among the keys, one value unless multivaluelist. Values for codes the service
/// does not define are dropped, not refused, because FixMyStreet sends its own extra fields as attributes too.
/// </summary>
public static class AttributeAnswers
{
    public const int MaxValueLength = 4000;

    /// <summary>The values to store, or the first problem as the spec's 400 description.</summary>
    public static (Dictionary<string, IReadOnlyList<string>> Values, string? Error) Check(ReportService service, IReadOnlyDictionary<string, IReadOnlyList<string>> posted)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(posted);
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var attribute in service.Attributes.Where(a => a.Variable))
        {
            var given = posted.TryGetValue(attribute.Code, out var v) ? v : [];
            if (given.Count == 0)
            {
                if (attribute.Required)
                {
                    return (values, $"attribute[{attribute.Code}] is required for service_code '{service.Code}'.");
                }

                continue;
            }

            if (CheckValues(attribute, given) is { } error)
            {
                return (values, $"attribute[{attribute.Code}] {error}");
            }

            values[attribute.Code] = given;
        }

        return (values, null);
    }

    private static string? CheckValues(AttributeDefinition attribute, IReadOnlyList<string> given)
    {
        if (given.Count > 1 && attribute.Datatype != AttributeDatatypes.MultiValueList)
        {
            return "takes one value.";
        }

        foreach (var value in given)
        {
            var error = value.Length > MaxValueLength ? $"is longer than {MaxValueLength} characters." : attribute.Datatype switch
            {
                AttributeDatatypes.Number when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n) => $"'{value}' is not a number.",
                AttributeDatatypes.Datetime when !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) => $"'{value}' is not a date-time.",
                AttributeDatatypes.SingleValueList or AttributeDatatypes.MultiValueList when !(attribute.Values ?? []).Any(k => k.Key == value) =>
                    $"'{value}' is not one of {string.Join(", ", (attribute.Values ?? []).Select(k => k.Key))}.",
                _ => null,
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }
}
