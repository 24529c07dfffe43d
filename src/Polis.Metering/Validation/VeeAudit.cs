using Polis.Metering.Readings;

namespace Polis.Metering.Validation;

/// <summary>The audit entries of a VEE run: one per period value a rule made Questionable or a gap estimate filled, in interval order.</summary>
internal static class VeeAudit
{
    public static List<VeeAuditEntry> Of(VeeWorkspace workspace, string actor, DateTimeOffset at)
    {
        var entries = new List<VeeAuditEntry>();
        for (var i = workspace.PeriodStart; i < workspace.Count; i++)
        {
            var (quality, rules) = (workspace.Quality[i], workspace.Rules[i]);
            var estimated = quality == ReadingQuality.Estimated && (rules & VeeRules.Gap) != 0;
            var flagged = quality == ReadingQuality.Questionable && (rules & VeeRuleIds.Questionable) != 0;
            if (workspace.IsMissing(i) || !(estimated || flagged))
            {
                continue;
            }

            // An estimate filled a gap (no old value); a flag left the measured quantity as it was, now Questionable.
            entries.Add(Entry(workspace, i, estimated ? null : workspace.Quantity[i], estimated ? null : ReadingQuality.Valid, VeeRuleIds.Format(rules), workspace.Reasons[i], actor, at));
        }

        return entries;
    }

    public static VeeAuditEntry Entry(VeeWorkspace workspace, int index, double? oldQuantity, ReadingQuality? oldQuality, string rule, string reason, string actor, DateTimeOffset at) =>
        new(workspace.Grid.StartOf(index), workspace.Grid.StartOf(index + 1), oldQuantity, oldQuality, workspace.Quantity[index], workspace.Quality[index], rule, reason, actor, at);
}
