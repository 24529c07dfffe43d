using System.Security.Claims;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Residents;

namespace Polis.Dashboard.Residents;

/// <summary>
/// A resident's bills, read in process from the billing store and filtered by the accounts linked to them through
/// <see cref="ResidentAccess"/>, the same check the <c>/api/v1/me</c> routes use. Another household's bill is exactly
/// as absent as an unknown one.
/// </summary>
public sealed class ResidentBillReader(ResidentAccess access, IBillStore bills)
{
    /// <summary>Bills listed per account: a household gets one per meter kind a month, so 500 is years of them.</summary>
    public const int MaxBillsPerAccount = 500;

    /// <summary>Every bill of the resident's accounts with its adjustments, newest period first.</summary>
    public async Task<IReadOnlyList<StoredBill>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var found = new List<StoredBill>();
        foreach (var account in await access.AccountsAsync(user, cancellationToken))
        {
            var page = await bills.ListAsync(new BillQuery(AccountId: account.Id, Limit: MaxBillsPerAccount), cancellationToken);
            foreach (var item in page.Items)
            {
                if (await bills.GetAsync(item.Id, cancellationToken) is { } bill)
                {
                    found.Add(bill);
                }
            }
        }

        return [.. found.OrderByDescending(b => b.Issued.Period.From).ThenBy(b => b.Issued.Subject.AccountId, StringComparer.Ordinal).ThenBy(b => b.Id)];
    }

    /// <summary>The bill when it belongs to one of the resident's accounts, else null.</summary>
    public async Task<StoredBill?> FindAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        if (await bills.GetAsync(id, cancellationToken) is not { } bill)
        {
            return null;
        }

        var mine = await access.AccountsAsync(user, cancellationToken);
        return mine.Any(a => string.Equals(a.Id, bill.Issued.Subject.AccountId, StringComparison.Ordinal)) ? bill : null;
    }
}
