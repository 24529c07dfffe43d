namespace Polis.Citizens.Reports.Catalogue;

/// <summary>
/// One extra field of a service's form (GeoReport v2's attribute). <see cref="Datatype"/> is one of
/// <see cref="AttributeDatatypes"/>; <see cref="Values"/> lists the choices of the list datatypes. A field that is not
/// <see cref="Variable"/> only informs the resident and takes no value.
/// </summary>
public sealed record AttributeDefinition(
    string Code,
    bool Variable,
    string Datatype,
    bool Required,
    int? Order,
    string? Description,
    string? DatatypeDescription,
    IReadOnlyList<AttributeValue>? Values);
