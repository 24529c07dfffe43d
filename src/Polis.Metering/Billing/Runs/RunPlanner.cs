using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing.Runs;

/// <summary>
/// Turns a run's targets into jobs: the tariff assignment in force for the whole period, the tariff (loaded once) and
/// its plan (compiled once per tariff and period), the subject printed on the bill. A target that cannot be billed
/// becomes a refusal with the sentence that says why.
/// </summary>
internal sealed class RunPlanner(ITariffStore tariffs, BillPeriod period, TimeZoneInfo zone)
{
    private readonly Dictionary<string, BillPlan?> _plans = new(StringComparer.Ordinal);

    public List<RunJob> Jobs { get; } = [];

    public List<BillingRunRefusal> Refusals { get; } = [];

    public async Task AddAsync(BillingTarget target, CancellationToken cancellationToken)
    {
        var inForce = target.Assignments.LastOrDefault(a => a.From <= period.From);
        var later = target.Assignments.FirstOrDefault(a => a.From > period.From && a.From < period.To && a.TariffId != inForce?.TariffId);
        if (inForce is null)
        {
            Refuse(target, RunRefusalReason.NoTariffAssigned, later is null
                ? $"no {target.MeterKind} tariff is assigned on {period.From:yyyy-MM-dd}"
                : $"its {target.MeterKind} tariff {later.TariffId} is assigned only from {later.From:yyyy-MM-dd}, inside the period");
            return;
        }

        if (later is not null)
        {
            Refuse(target, RunRefusalReason.TariffChangesInPeriod,
                $"its {target.MeterKind} tariff changes from {inForce.TariffId} to {later.TariffId} on {later.From:yyyy-MM-dd}, inside the period (a bill has one tariff)");
            return;
        }

        if (target.Installations.Count == 0)
        {
            Refuse(target, RunRefusalReason.NoMeterInstalled, $"no {target.MeterKind} meter was installed there during the period");
            return;
        }

        if (await PlanAsync(inForce.TariffId, cancellationToken) is not { } plan)
        {
            Refuse(target, RunRefusalReason.UnknownTariff, $"its assigned tariff {inForce.TariffId} no longer exists");
            return;
        }

        var subject = new BillSubject
        {
            AccountId = target.AccountId,
            AccountName = target.AccountName,
            MeterId = string.Join(", ", target.Installations.Select(i => i.MeterId).Distinct(StringComparer.Ordinal)),
            MeterKind = target.MeterKind,
            ServicePointAddress = target.Address,
        };
        Jobs.Add(new RunJob(target, plan, subject));
    }

    private async Task<BillPlan?> PlanAsync(string tariffId, CancellationToken cancellationToken)
    {
        if (!_plans.TryGetValue(tariffId, out var plan))
        {
            plan = await tariffs.GetAsync(tariffId, cancellationToken) is { } stored ? BillPlan.Create(stored.Tariff, period, zone) : null;
            _plans[tariffId] = plan;
        }

        return plan;
    }

    private void Refuse(BillingTarget target, RunRefusalReason reason, string why) =>
        Refusals.Add(new BillingRunRefusal(target.AccountId, target.ServicePointId, target.MeterKind, reason,
            $"Account {target.AccountId}, service point {target.ServicePointId} not billed for {period}: {why}."));
}
