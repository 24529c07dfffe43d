namespace Polis.Citizens.Reports.Catalogue;

/// <summary>A service as stored: the definition and who last changed it when.</summary>
public sealed record StoredService(ReportService Service, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);
