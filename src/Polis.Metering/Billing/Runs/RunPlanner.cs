using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing.Runs;

/// <summary>
/// Turns a run's targets into jobs: the tariff assignment in force at the period's start and every switch to another
/// tariff inside it, the tariffs (each loaded once) and their plan (compiled once per set of switches and period), the
/// subject printed on the bill. A target that cannot be billed
/// becomes a refusal with the sentence that says why.
/// </summary>
internal sealed class RunPlanner(ITariffStore tariffs, BillPeriod period, TimeZoneInfo zone)
{
    private readonly Dictionary<string, BillPlan> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tariff?> _tariffs = new(StringComparer.Ordinal);

    public List<RunJob> Jobs { get; } = [];

    public List<BillingRunRefusal> Refusals { get; } = [];

    public async Task AddAsync(BillingTarget target, CancellationToken cancellationToken)
    {
        var assignments = target.Assignments.OrderBy(a => a.From).ToList();
        var inForce = assignments.LastOrDefault(a => a.From <= period.From);
        if (inForce is null)
        {
            var later = assignments.FirstOrDefault(a => a.From > period.From && a.From < period.To);
            Refuse(target, RunRefusalReason.NoTariffAssigned, later is null
                ? $"no {target.MeterKind} tariff is assigned on {period.From:yyyy-MM-dd}"
                : $"its {target.MeterKind} tariff {later.TariffId} is assigned only from {later.From:yyyy-MM-dd}, inside the period");
            return;
        }

        if (target.Installations.Count == 0)
        {
            Refuse(target, RunRefusalReason.NoMeterInstalled, $"no {target.MeterKind} meter was installed there during the period");
            return;
        }

        var plan = await PlanAsync(Switches(inForce, assignments), target, cancellationToken);
        if (plan is null)
        {
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

    /// <summary>The tariff in force at the period's start and each other tariff assigned from a day inside it, in order.</summary>
    private List<(string TariffId, DateOnly From)> Switches(TariffAssignment inForce, List<TariffAssignment> assignments)
    {
        List<(string TariffId, DateOnly From)> switches = [(inForce.TariffId, period.From)];
        foreach (var assignment in assignments.Where(a => a.From > period.From && a.From < period.To))
        {
            if (!string.Equals(assignment.TariffId, switches[^1].TariffId, StringComparison.Ordinal))
            {
                switches.Add((assignment.TariffId, assignment.From));
            }
        }

        return switches;
    }

    /// <summary>
    /// The plan of these switches, compiled once for every target with the same ones; null (and the target refused)
    /// when a tariff no longer exists or two tariffs cannot share one bill.
    /// </summary>
    private async Task<BillPlan?> PlanAsync(List<(string TariffId, DateOnly From)> switches, BillingTarget target, CancellationToken cancellationToken)
    {
        var key = string.Join("|", switches.Select(s => $"{s.TariffId}@{s.From:yyyy-MM-dd}"));
        if (_plans.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var segments = new List<TariffSegment>(switches.Count);
        for (var i = 0; i < switches.Count; i++)
        {
            var (tariffId, from) = switches[i];
            if (await TariffAsync(tariffId, cancellationToken) is not { } tariff)
            {
                Refuse(target, RunRefusalReason.UnknownTariff, $"its assigned tariff {tariffId} no longer exists");
                return null;
            }

            if (segments.Count > 0 && segments[0].Tariff is var first
                && (first.MeterKind != tariff.MeterKind || !string.Equals(first.Currency, tariff.Currency, StringComparison.Ordinal)))
            {
                Refuse(target, RunRefusalReason.TariffChangesInPeriod,
                    $"its {target.MeterKind} tariff changes from {first.Id} ({first.Currency}) to {tariff.Id} ({tariff.Currency}) on {from:yyyy-MM-dd}, inside the period, and one bill has one currency");
                return null;
            }

            segments.Add(new TariffSegment(tariff, new BillPeriod(from, i + 1 < switches.Count ? switches[i + 1].From : period.To)));
        }

        var plan = BillPlan.Create(segments, period, zone);
        _plans[key] = plan;
        return plan;
    }

    private async Task<Tariff?> TariffAsync(string tariffId, CancellationToken cancellationToken)
    {
        if (!_tariffs.TryGetValue(tariffId, out var tariff))
        {
            tariff = (await tariffs.GetAsync(tariffId, cancellationToken))?.Tariff;
            _tariffs[tariffId] = tariff;
        }

        return tariff;
    }

    private void Refuse(BillingTarget target, RunRefusalReason reason, string why) =>
        Refusals.Add(new BillingRunRefusal(target.AccountId, target.ServicePointId, target.MeterKind, reason,
            $"Account {target.AccountId}, service point {target.ServicePointId} not billed for {period}: {why}."));
}
