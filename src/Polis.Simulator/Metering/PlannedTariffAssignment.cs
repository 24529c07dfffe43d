namespace Polis.Simulator.Metering;

/// <summary>Which tariff bills a service point's meter kind, as <c>PUT /service-points/{id}/tariffs/{kind}</c> takes it.</summary>
public sealed record PlannedTariffAssignment(string ServicePointId, string Kind, string TariffId, DateOnly From);
