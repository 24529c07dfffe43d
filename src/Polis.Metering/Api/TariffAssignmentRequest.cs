namespace Polis.Metering.Api;

/// <summary>Body of PUT /api/v1/metering/service-points/{id}/tariffs/{kind}: the tariff and the local date it bills from (yyyy-MM-dd).</summary>
public sealed record TariffAssignmentRequest(string? TariffId, string? From);
