namespace Polis.Metering.Tariffs;

/// <summary>A tariff as stored: its document, when it was created and last changed, and by whom.</summary>
public sealed record StoredTariff(Tariff Tariff, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);
