using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;

namespace Polis.Metering.Api;

/// <summary>GET /api/v1/metering/bills/{id}: the bill as issued, its adjustments (oldest first) and the total owed now.</summary>
public sealed record BillResponse(long Id, long RunId, string ServicePointId, DateTimeOffset IssuedAt, Bill Bill, IReadOnlyList<StoredAdjustment> Adjustments, decimal CurrentTotal)
{
    internal static BillResponse From(StoredBill stored) =>
        new(stored.Id, stored.RunId, stored.ServicePointId, stored.IssuedAt, stored.Issued, stored.Adjustments, stored.Current.Total);
}
