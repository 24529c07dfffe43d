namespace Polis.Metering.Billing.Runs;

/// <summary>The counts and totals of a run, kept by its single writer as bills are settled or refused.</summary>
internal sealed class RunTally
{
    private readonly List<BillingRunRefusal> _refusals = [];
    private readonly Dictionary<RunRefusalReason, int> _byReason = [];
    private readonly SortedDictionary<string, CurrencyTotal> _totals = new(StringComparer.Ordinal);

    public int Billed { get; private set; }

    public int Unchanged { get; private set; }

    public int Adjusted { get; private set; }

    public int Refused { get; private set; }

    public int Done => Billed + Unchanged + Adjusted + Refused;

    public void Refuse(BillingRunRefusal refusal)
    {
        Refused++;
        _byReason[refusal.Reason] = _byReason.GetValueOrDefault(refusal.Reason) + 1;
        if (_refusals.Count < BillingRunSummary.MaxRefusalsListed)
        {
            _refusals.Add(refusal);
        }
    }

    public void Refuse(RunJob job, BillRefusal refusal)
    {
        var reason = Enum.Parse<RunRefusalReason>(refusal.Reason.ToString());
        var target = job.Target;
        var message = reason == RunRefusalReason.UnbillableData
            ? refusal.Message
            : $"Account {target.AccountId}, service point {target.ServicePointId} not billed for {job.Plan.Period}: {refusal.Message}";
        Refuse(new BillingRunRefusal(target.AccountId, target.ServicePointId, target.MeterKind, reason, message));
    }

    public void Settled(RunJob job, Bill bill, BillDecision decision)
    {
        switch (decision.Kind)
        {
            case SettlementKind.Issued:
                Billed++;
                Add(bill.Currency, 1, bill.Total, 0, 0m);
                break;
            case SettlementKind.Adjusted:
                Adjusted++;
                Add(bill.Currency, 0, 0m, 1, decision.Adjustment!.Total);
                break;
            case SettlementKind.Unchanged:
                Unchanged++;
                break;
            default:
                Refuse(new BillingRunRefusal(job.Target.AccountId, job.Target.ServicePointId, job.Target.MeterKind, RunRefusalReason.CurrencyChanged, decision.Refusal!));
                break;
        }
    }

    public IReadOnlyList<BillingRunRefusal> Refusals => _refusals;

    public IReadOnlyDictionary<RunRefusalReason, int> RefusalsByReason => _byReason;

    public IReadOnlyList<CurrencyTotal> Totals => [.. _totals.Values];

    private void Add(string currency, int bills, decimal billed, int adjustments, decimal adjusted)
    {
        var total = _totals.GetValueOrDefault(currency) ?? new CurrencyTotal(currency, 0, 0m, 0, 0m);
        _totals[currency] = total with
        {
            Bills = total.Bills + bills,
            Billed = total.Billed + billed,
            Adjustments = total.Adjustments + adjustments,
            Adjusted = total.Adjusted + adjusted,
        };
    }
}
