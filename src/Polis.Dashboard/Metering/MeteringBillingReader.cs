using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Metering;

/// <summary>Reads the bills page: a month's issued bills (the store <c>GET /bills</c> reads) and the latest billing run.</summary>
public sealed class MeteringBillingReader(IBillStore bills, IBillingRunStore runs)
{
    /// <summary>Bills shown on one page; the page says when a month has more.</summary>
    public const int PageSize = 200;

    public Task<Page<BillListItem>> BillsAsync(BillPeriod period, string? accountId, CancellationToken cancellationToken) =>
        bills.ListAsync(new BillQuery(period.From, string.IsNullOrWhiteSpace(accountId) ? null : accountId.Trim(), null, 0, PageSize), cancellationToken);

    /// <summary>The newest billing run, or null before the first.</summary>
    public async Task<BillingRunRecord?> LatestRunAsync(CancellationToken cancellationToken) =>
        (await runs.ListRunsAsync(0, 1, cancellationToken)).Items is [var latest, ..] ? latest : null;
}
