using Polis.Metering.Readings;
using Polis.Metering.Validation;

namespace Polis.Metering.Processing;

/// <summary>
/// The difference between a meter's stored series and a fresh validation of the same window: only values that changed
/// are written, so validating the same reads twice writes nothing and appends no audit entry.
/// </summary>
internal static class SeriesChanges
{
    /// <summary>The rule of the entry recording that re-validation (late reads, an operator's request) changed a stored value.</summary>
    public const string RevalidatedRule = "revalidated";

    /// <summary>
    /// New intervals keep the audit entries VEE and the re-applied edits gave them; a stored interval that changed gets
    /// one entry from its stored value to the new one (VEE's own entries would describe the change from the measured
    /// value, not from what was stored and perhaps billed).
    /// </summary>
    public static IntervalWrite Between(string meterId, IReadOnlyList<StoredInterval> stored, ValidatedSeries series, IEnumerable<VeeAuditEntry> audit, string actor, DateTimeOffset at)
    {
        var before = stored.ToDictionary(s => s.Value.Start);
        var entries = audit.ToLookup(a => a.IntervalStart);
        var values = new List<StoredInterval>();
        var records = new List<IntervalAuditRecord>();
        foreach (var value in series.Values)
        {
            var now = ToStored(value);
            if (!before.TryGetValue(now.Value.Start, out var old))
            {
                values.Add(now);
                records.AddRange(entries[now.Value.Start].Select(ToRecord));
            }
            else if (!Same(old, now))
            {
                values.Add(now);
                var why = now.Reason is null ? now.Rule ?? "measured" : $"{now.Rule}: {now.Reason}";
                records.Add(new IntervalAuditRecord(now.Value.Start, now.Value.End, old.Value.Quantity, old.Value.Quality, now.Value.Quantity, now.Value.Quality,
                    RevalidatedRule, $"re-validated ({why})", actor, at));
            }
        }

        return new IntervalWrite(meterId, values, records, actor, at);
    }

    public static StoredInterval ToStored(ValidatedValue value) =>
        new(value.Value, value.Rules == VeeRules.None ? null : VeeRuleIds.Format(value.Rules), value.Reason);

    public static IntervalAuditRecord ToRecord(VeeAuditEntry e) =>
        new(e.IntervalStart, e.IntervalEnd, e.OldQuantity, e.OldQuality, e.NewQuantity, e.NewQuality, e.Rule, e.Reason, e.Actor, e.At);

    /// <summary>A stored value back as VEE knows it (rules parsed from their ids), for <see cref="ValidatedSeries.Restore"/>.</summary>
    public static ValidatedValue ToValidated(StoredInterval stored)
    {
        var rules = VeeRules.None;
        try
        {
            rules = stored.Rule is null ? VeeRules.None : VeeRuleIds.Parse(stored.Rule);
        }
        catch (FormatException)
        {
            // a rule id this version does not know: the value and reason still stand
        }

        return new ValidatedValue(stored.Value, rules, stored.Reason);
    }

    private static bool Same(StoredInterval a, StoredInterval b) =>
        a.Value.End == b.Value.End && a.Value.Quantity.Equals(b.Value.Quantity) && a.Value.Quality == b.Value.Quality && a.Rule == b.Rule && a.Reason == b.Reason;
}
