using Polis.Platform.Devices;

namespace Polis.Metering.Billing.Runs;

/// <summary>Issued bills and their adjustments, read side.</summary>
public interface IBillStore
{
    /// <summary>Bills by period, then account, then service point.</summary>
    Task<Page<BillListItem>> ListAsync(BillQuery query, CancellationToken cancellationToken = default);

    Task<StoredBill?> GetAsync(long id, CancellationToken cancellationToken = default);
}
