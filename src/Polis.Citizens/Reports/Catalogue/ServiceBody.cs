namespace Polis.Citizens.Reports.Catalogue;

/// <summary>Body of POST /api/v1/citizens/services and PUT /api/v1/citizens/services/{code}; checked by <see cref="ServiceValidator"/>.</summary>
public sealed record ServiceBody(
    string? ServiceCode,
    string? ServiceName,
    string? Description,
    string? Group,
    string? Keywords,
    string? Type,
    bool? Metadata,
    string? Department,
    IReadOnlyList<AttributeBody?>? Attributes);
