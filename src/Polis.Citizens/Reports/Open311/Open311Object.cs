namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// One Open311 entity (a service, a request, an error...) as ordered fields, written as a JSON object or as XML child
/// elements by <see cref="Open311Writer"/>. A field's value is null, a string, a bool, a number, a
/// <see cref="DateTimeOffset"/>, an <see cref="Open311Object"/> or an <see cref="Open311List"/>.
/// </summary>
public sealed record Open311Object(IReadOnlyList<KeyValuePair<string, object?>> Fields)
{
    public static Open311Object Of(params (string Name, object? Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList());
}
