using Polis.Metering.Meters;
using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing.Runs;

/// <summary>
/// One bill a run may issue: a service point's meters of one kind over the period, with the account it bills, the
/// tariff assignments that matter (the one in force at the period's start and any starting inside it) and the
/// installations of meters of that kind there during the period, oldest first (a mid-period exchange gives two).
/// </summary>
public sealed record BillingTarget(
    string ServicePointId,
    string AccountId,
    string AccountName,
    string Address,
    MeterKind MeterKind,
    IReadOnlyList<TariffAssignment> Assignments,
    IReadOnlyList<Installation> Installations);
