using System.Security.Claims;
using Polis.Metering.Billing.Runs;
using Polis.Platform.Devices;

namespace Polis.Metering.Residents;

/// <summary>
/// The stored bills a signed-in resident may see: those of the accounts linked to them, read through the billing
/// module's own <see cref="IBillStore"/>. Another household's bill or account answers null exactly like an unknown id,
/// so a resident cannot learn which bills exist.
/// </summary>
public static class ResidentBills
{
    /// <summary>The bills of one of the resident's accounts (newest period last, as the store orders them), or null when the account is not theirs.</summary>
    public static async Task<Page<BillListItem>?> ListAsync(
        ResidentAccess access, IBillStore bills, ClaimsPrincipal user, string accountId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bills);
        return await OwnsAccountAsync(access, user, accountId, cancellationToken)
            ? await bills.ListAsync(new BillQuery(AccountId: accountId, Offset: offset, Limit: limit), cancellationToken)
            : null;
    }

    /// <summary>The bill when it was issued to one of the resident's accounts, else null.</summary>
    public static async Task<StoredBill?> GetAsync(ResidentAccess access, IBillStore bills, ClaimsPrincipal user, long billId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bills);
        return await bills.GetAsync(billId, cancellationToken) is { } bill && await OwnsAccountAsync(access, user, bill.Issued.Subject.AccountId, cancellationToken)
            ? bill
            : null;
    }

    private static async Task<bool> OwnsAccountAsync(ResidentAccess access, ClaimsPrincipal user, string accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        return (await access.AccountsAsync(user, cancellationToken)).Any(a => string.Equals(a.Id, accountId, StringComparison.Ordinal));
    }
}
