namespace Polis.Citizens.Reports.Catalogue;

/// <summary>A service in the operator API: its definition, whether Open311 publishes it, and its last change.</summary>
public sealed record ServiceResponse(
    string ServiceCode, string ServiceName, string? Description, string? Group, string? Keywords, string Type, bool Metadata, string? Department,
    IReadOnlyList<AttributeDefinition> Attributes, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static ServiceResponse From(StoredService stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.Service;
        return new(s.Code, s.Name, s.Description, s.Group, s.Keywords, s.Type, s.Metadata, s.Department, s.Attributes, s.Active, stored.CreatedAt, stored.UpdatedAt, stored.UpdatedBy);
    }
}
