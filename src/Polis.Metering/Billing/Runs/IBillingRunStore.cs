using Polis.Platform.Devices;

namespace Polis.Metering.Billing.Runs;

/// <summary>
/// What a billing run reads and writes besides interval values: the targets of a period, the run records, and the
/// settlement of computed bills against issued ones.
/// </summary>
public interface IBillingRunStore
{
    /// <summary>
    /// Every service point × meter kind with a tariff assigned before the period ends (of the accounts given, or all),
    /// with the assignments from the one in force at <paramref name="period"/>'s start on and the installations of
    /// that kind there during [<paramref name="fromUtc"/>, <paramref name="toUtc"/>). Ordered by service point, kind.
    /// </summary>
    Task<IReadOnlyList<BillingTarget>> ListTargetsAsync(
        BillPeriod period, DateTimeOffset fromUtc, DateTimeOffset toUtc, IReadOnlyList<string>? accountIds, CancellationToken cancellationToken = default);

    /// <summary>The ids among <paramref name="accountIds"/> of no account.</summary>
    Task<IReadOnlyList<string>> UnknownAccountsAsync(IReadOnlyList<string> accountIds, CancellationToken cancellationToken = default);

    Task<long> StartRunAsync(BillPeriod period, IReadOnlyList<string>? accountIds, string actor, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task FinishRunAsync(BillingRunSummary summary, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction, for each computed bill: reads the current bill of its service point, kind and period,
    /// decides with <see cref="BillSettlement.Decide"/>, and issues the bill or the adjustment.
    /// </summary>
    Task<IReadOnlyList<BillSettled>> SettleAsync(long runId, IReadOnlyList<ComputedBill> bills, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Runs, newest first.</summary>
    Task<Page<BillingRunRecord>> ListRunsAsync(int offset, int limit, CancellationToken cancellationToken = default);

    Task<BillingRunRecord?> GetRunAsync(long id, CancellationToken cancellationToken = default);
}
