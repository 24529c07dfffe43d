namespace Polis.Citizens.EServices.Catalogue;

/// <summary>An e-service as stored: the definition and who last changed it when.</summary>
public sealed record StoredEService(EService Service, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);
