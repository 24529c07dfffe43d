namespace Polis.Dashboard.Registry;

/// <summary>Validation errors by field (or JSON path), looked up next to each field; what no field shows is listed apart.</summary>
public sealed class FieldErrors(IReadOnlyDictionary<string, string[]> errors)
{
    public static FieldErrors None { get; } = new(new Dictionary<string, string[]>());

    public IReadOnlyDictionary<string, string[]> All => errors;

    public bool Any => errors.Count > 0;

    public bool Has(string field) => errors.ContainsKey(field);

    public string? Of(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Errors of fields the form has no place for (e.g. a duplicate, or the document as a whole).</summary>
    public IEnumerable<KeyValuePair<string, string[]>> Except(params string[] shownFields) =>
        errors.Where(e => !shownFields.Contains(e.Key, StringComparer.Ordinal));
}
