using Microsoft.AspNetCore.Http;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Reads a POST requests body the way FixMyStreet's Open311 client sends it: form fields named as in the spec,
/// <c>attribute[code]=value</c> (repeated or as <c>attribute[code][]</c> for multivaluelist), <c>device_id</c> or
/// FixMyStreet's <c>deviceid</c>.
/// </summary>
public static class Open311FormReader
{
    private const string AttributePrefix = "attribute[";

    public static Open311Submission Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Field(string name) => form.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

        var attributes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            if (!name.StartsWith(AttributePrefix, StringComparison.Ordinal) || name.IndexOf(']', AttributePrefix.Length) is not (> 0 and var end))
            {
                continue;
            }

            var code = name[AttributePrefix.Length..end];
            var existing = attributes.TryGetValue(code, out var before) ? before : [];
            attributes[code] = [.. existing, .. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];
        }

        return new Open311Submission(
            Field("api_key"), Field("jurisdiction_id"), Field("service_code"), Field("lat"), Field("long"), Field("address_string"), Field("address_id"),
            Field("email"), Field("first_name"), Field("last_name"), Field("phone"), Field("description"), Field("media_url"),
            Field("device_id") ?? Field("deviceid"), Field("account_id"), attributes);
    }
}
