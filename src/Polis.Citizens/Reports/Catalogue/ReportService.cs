namespace Polis.Citizens.Reports.Catalogue;

/// <summary>
/// A kind of problem residents can report (GeoReport v2's service): what Open311 clients list and post against.
/// <see cref="Type"/> is one of <see cref="ServiceTypes"/>; <see cref="Department"/> is who handles its reports
/// (Open311's <c>agency_responsible</c>). A deactivated service is hidden from Open311 but kept for its reports.
/// </summary>
public sealed record ReportService(
    string Code,
    string Name,
    string? Description,
    string? Group,
    string? Keywords,
    string Type,
    bool Metadata,
    string? Department,
    IReadOnlyList<AttributeDefinition> Attributes,
    bool Active = true);
