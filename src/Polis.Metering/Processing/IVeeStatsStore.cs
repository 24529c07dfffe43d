namespace Polis.Metering.Processing;

/// <summary>Aggregates over the stored interval series for analysts' VEE statistics.</summary>
public interface IVeeStatsStore
{
    Task<VeeStatsData> AggregateAsync(VeeStatsQuery query, CancellationToken cancellationToken = default);
}
