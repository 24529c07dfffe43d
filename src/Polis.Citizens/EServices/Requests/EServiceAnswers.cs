using System.Globalization;
using System.Text.Json;
using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.EServices.Requests;

/// <summary>
/// Checks a submission's answers against the service's form, listing every fault keyed <c>answers.{code}</c>. Each
/// field is judged by the reports' <see cref="AttributeAnswers"/> (required, number, date-time, list keys, one value
/// unless multivaluelist, length), one field at a time so all faults are found. Unlike Open311, which must tolerate
/// FixMyStreet's extra fields, the city's own API refuses answers to fields the form does not have.
/// </summary>
public static class EServiceAnswers
{
    public static (Dictionary<string, IReadOnlyList<string>> Values, Dictionary<string, string[]> Errors) Check(EService service, IReadOnlyDictionary<string, JsonElement>? posted)
    {
        ArgumentNullException.ThrowIfNull(service);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var given = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (code, element) in posted ?? new Dictionary<string, JsonElement>())
        {
            var field = service.Form.FirstOrDefault(f => f.Code == code && f.Variable);
            if (field is null)
            {
                errors[$"answers.{code}"] = [$"The form of '{service.Code}' has no field '{code}' to answer."];
            }
            else if (Strings(element) is { } values)
            {
                given[code] = values;
            }
            else
            {
                errors[$"answers.{code}"] = ["An answer is a string, a number, or an array of strings."];
            }
        }

        var accepted = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in service.Form.Where(f => f.Variable && !errors.ContainsKey($"answers.{f.Code}")))
        {
            var single = new ReportService(service.Code, service.Name, null, null, null, ServiceTypes.Realtime, true, null, [field]);
            var (values, error) = AttributeAnswers.Check(single, given);
            if (error is not null)
            {
                errors[$"answers.{field.Code}"] = [error.Replace($"attribute[{field.Code}]", field.Code, StringComparison.Ordinal).Replace($" for service_code '{service.Code}'", string.Empty, StringComparison.Ordinal)];
            }
            else if (values.TryGetValue(field.Code, out var value))
            {
                accepted[field.Code] = value;
            }
        }

        return (accepted, errors);
    }

    private static List<string>? Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Number => [element.GetRawText()],
        JsonValueKind.True or JsonValueKind.False => [element.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant()],
        JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => element.EnumerateArray().Select(e => e.GetString()!).ToList(),
        JsonValueKind.Null => [],
        _ => null,
    };
}
