using Polis.Metering.Meters;
using Polis.Metering.Tariffs;

namespace Polis.Metering.Api;

/// <summary>A tariff in GET /api/v1/metering/tariffs: what it bills, its versions' dates, when and by whom it last changed.</summary>
public sealed record TariffSummary(
    string Id, string Name, MeterKind MeterKind, string Currency, IReadOnlyList<DateOnly> VersionsFrom, DateOnly? OpenEndedFrom, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    internal static TariffSummary From(StoredTariff stored)
    {
        var tariff = stored.Tariff;
        return new TariffSummary(tariff.Id, tariff.Name, tariff.MeterKind, tariff.Currency, [.. tariff.Versions.Select(v => v.From)],
            tariff.Versions.LastOrDefault(v => v.To is null)?.From, stored.CreatedAt, stored.UpdatedAt, stored.UpdatedBy);
    }
}
