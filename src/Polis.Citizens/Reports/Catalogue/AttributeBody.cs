namespace Polis.Citizens.Reports.Catalogue;

/// <summary>One attribute definition in a <see cref="ServiceBody"/>.</summary>
public sealed record AttributeBody(
    string? Code,
    bool? Variable,
    string? Datatype,
    bool? Required,
    int? Order,
    string? Description,
    string? DatatypeDescription,
    IReadOnlyList<AttributeValue?>? Values);
