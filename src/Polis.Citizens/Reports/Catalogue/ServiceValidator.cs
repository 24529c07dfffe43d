using System.Text.RegularExpressions;

namespace Polis.Citizens.Reports.Catalogue;

/// <summary>
/// Turns a <see cref="ServiceBody"/> into a <see cref="ReportService"/>, collecting every field error (keyed by JSON
/// path) so an operator fixes a definition in one go. Codes are URL-safe and dot-free because Open311 puts them in paths before the format extension.
/// </summary>
public static partial class ServiceValidator
{
    public const int MaxAttributes = 100;
    public const int MaxValues = 500;

    public static (ReportService? Service, Dictionary<string, string[]> Errors) Validate(ServiceBody body, string? pathCode = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var code = Code(pathCode ?? body.ServiceCode, "serviceCode", errors);
        var name = Text(body.ServiceName, "serviceName", 200, errors, required: true);
        var type = body.Type?.Trim().ToLowerInvariant() ?? ServiceTypes.Realtime;
        if (!ServiceTypes.All.Contains(type))
        {
            errors["type"] = [$"type must be one of {string.Join(", ", ServiceTypes.All)}."];
        }

        var attributes = Attributes(body.Attributes, errors);
        var service = new ReportService(
            code ?? string.Empty, name ?? string.Empty, Text(body.Description, "description", 2000, errors), Text(body.Group, "group", 200, errors),
            Text(body.Keywords, "keywords", 500, errors), type, body.Metadata ?? attributes.Count > 0, Text(body.Department, "department", 200, errors), attributes);
        if (service.Metadata != attributes.Count > 0)
        {
            errors["metadata"] = ["metadata is true exactly when the service has attributes."];
        }

        return (errors.Count == 0 ? service : null, errors);
    }

    private static List<AttributeDefinition> Attributes(IReadOnlyList<AttributeBody?>? bodies, Dictionary<string, string[]> errors)
    {
        var attributes = new List<AttributeDefinition>();
        if (bodies is null)
        {
            return attributes;
        }

        if (bodies.Count > MaxAttributes)
        {
            errors["attributes"] = [$"At most {MaxAttributes} attributes."];
            return attributes;
        }

        for (var i = 0; i < bodies.Count; i++)
        {
            var path = $"attributes[{i}]";
            if (bodies[i] is not { } body)
            {
                errors[path] = ["Expected an attribute object."];
                continue;
            }

            var code = Code(body.Code, $"{path}.code", errors);
            if (code is not null && attributes.Any(a => a.Code == code))
            {
                errors[$"{path}.code"] = [$"Attribute code '{code}' is used twice."];
            }

            var datatype = body.Datatype?.Trim().ToLowerInvariant() ?? string.Empty;
            if (!AttributeDatatypes.All.Contains(datatype))
            {
                errors[$"{path}.datatype"] = [$"datatype must be one of {string.Join(", ", AttributeDatatypes.All)}."];
            }

            if (body.Order is < 1)
            {
                errors[$"{path}.order"] = ["order starts at 1."];
            }

            attributes.Add(new AttributeDefinition(
                code ?? string.Empty, body.Variable ?? true, datatype, body.Required ?? false, body.Order,
                Text(body.Description, $"{path}.description", 2000, errors), Text(body.DatatypeDescription, $"{path}.datatypeDescription", 500, errors),
                Values(body.Values, datatype, path, errors)));
        }

        return attributes;
    }

    private static List<AttributeValue>? Values(IReadOnlyList<AttributeValue?>? values, string datatype, string path, Dictionary<string, string[]> errors)
    {
        if (!AttributeDatatypes.IsList(datatype))
        {
            if (values is { Count: > 0 })
            {
                errors[$"{path}.values"] = ["Only singlevaluelist and multivaluelist attributes have values."];
            }

            return null;
        }

        if (values is not { Count: > 0 and <= MaxValues })
        {
            errors[$"{path}.values"] = [$"A list attribute needs 1 to {MaxValues} values."];
            return null;
        }

        var checkedValues = new List<AttributeValue>();
        for (var i = 0; i < values.Count; i++)
        {
            var key = Text(values[i]?.Key, $"{path}.values[{i}].key", 100, errors, required: true);
            var name = Text(values[i]?.Name, $"{path}.values[{i}].name", 200, errors, required: true);
            if (key is not null && checkedValues.Any(v => v.Key == key))
            {
                errors[$"{path}.values[{i}].key"] = [$"Key '{key}' is used twice."];
            }

            checkedValues.Add(new AttributeValue(key ?? string.Empty, name ?? string.Empty));
        }

        return checkedValues;
    }

    private static string? Code(string? value, string field, Dictionary<string, string[]> errors)
    {
        var code = value?.Trim();
        if (string.IsNullOrEmpty(code) || !CodePattern().IsMatch(code))
        {
            errors[field] = [$"{field} is required: 1 to 64 letters, digits, '-' or '_'."];
            return null;
        }

        return code;
    }

    private static string? Text(string? value, string field, int maxLength, Dictionary<string, string[]> errors, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            errors[field] = [$"{field} is required."];
        }
        else if (text?.Length > maxLength)
        {
            errors[field] = [$"{field} is at most {maxLength} characters."];
        }

        return text;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex CodePattern();
}
