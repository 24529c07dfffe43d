using System.Globalization;
using Microsoft.Extensions.Options;
using Polis.Dashboard.Components.Shared;
using Polis.Metering.Api;
using Polis.Metering.Detection;
using Polis.Metering.Meters;
using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Platform.City;

namespace Polis.Dashboard.Metering;

/// <summary>
/// Reads the analysts' metering pages in process from the same services (and, where they validate input, the same
/// handlers) as the <c>/api/v1/metering</c> endpoints, so a page and the API always show the same numbers.
/// </summary>
public sealed class MeteringReader(
    IConsumptionQueries consumption,
    IVeeStatsStore stats,
    IFindingStore findings,
    FeederBalances balances,
    IMeterStore meters,
    IIntervalStore intervals,
    IIntervalEditStore edits,
    IOptions<CityOptions> city,
    TimeProvider time)
{
    /// <summary>The longest range the pages ask for, as the API's balance and consumption routes allow.</summary>
    public const int MaxDays = 400;

    public TimeZoneInfo Zone => city.Value.Zone;

    /// <summary>Today in the city's zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public DateTimeOffset Midnight(DateOnly day) => LocalTime.Midnight(day, Zone);

    public async Task<MeteringOverview> OverviewAsync(DateOnly from, DateOnly to, MeterKind kind, CancellationToken cancellationToken)
    {
        var daily = PageAnswer<IReadOnlyList<DistrictDay>>.Of(
            (await BalanceEndpoints.GetDistrictConsumptionAsync(Text(from), Text(to), MeteringText.Name(kind), consumption, city, cancellationToken)).Result);
        var query = new VeeStatsQuery(Midnight(from), Midnight(to), null, kind);
        var veeStats = VeeStatistics.Build(query, await stats.AggregateAsync(query, cancellationToken), Zone);
        var open = new List<(FindingKind, int)>();
        foreach (var findingKind in Enum.GetValues<FindingKind>())
        {
            var page = await findings.ListAsync(new FindingQuery(findingKind, FindingStatus.Open, Limit: 1), cancellationToken);
            open.Add((findingKind, page.Total));
        }

        return new MeteringOverview(daily, veeStats, open);
    }

    /// <summary>The balance of one feeder meter or of every feeder of a district, exactly as <c>GET /balance</c> answers.</summary>
    public async Task<PageAnswer<BalanceResponse>> BalanceAsync(string? feederMeterId, string? districtId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        PageAnswer<BalanceResponse>.Of((await BalanceEndpoints.GetBalanceAsync(
            Blank(feederMeterId), Blank(districtId), Text(from), Text(to), balances, city, cancellationToken)).Result);

    public Task<Polis.Platform.Devices.Page<DetectionFinding>> FindingsAsync(FindingQuery query, CancellationToken cancellationToken) =>
        findings.ListAsync(query, cancellationToken);

    public Task<DetectionFinding?> FindingAsync(long id, CancellationToken cancellationToken) => findings.GetAsync(id, cancellationToken);

    /// <summary>The meter's series, audit and edits in [from, to), or null for an unknown meter.</summary>
    public async Task<MeterView?> MeterAsync(string meterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (await meters.GetAsync(meterId, cancellationToken) is not { } meter)
        {
            return null;
        }

        return new MeterView(
            meter,
            await intervals.ListAsync(meter.Id, from, to, cancellationToken),
            await intervals.ListAuditAsync(meter.Id, from, to, cancellationToken),
            await edits.ListAsync(meter.Id, from, to, cancellationToken));
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
