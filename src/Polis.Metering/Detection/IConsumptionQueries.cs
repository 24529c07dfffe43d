using Polis.Metering.Meters;

namespace Polis.Metering.Detection;

/// <summary>Aggregates over the validated interval series that are best left to the database.</summary>
public interface IConsumptionQueries
{
    /// <summary>
    /// Consumption of meters of <paramref name="kind"/> per district and local day; each day is given as its instants
    /// [From, To) (local midnights), so the database needs no time zone.
    /// </summary>
    Task<IReadOnlyList<DistrictDay>> DistrictDailyAsync(IReadOnlyList<(DateOnly Date, DateTimeOffset From, DateTimeOffset To)> days, MeterKind kind, CancellationToken cancellationToken = default);
}
