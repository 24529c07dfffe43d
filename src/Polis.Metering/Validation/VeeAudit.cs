using Polis.Metering.Readings;

namespace Polis.Metering.Validation;

/// <summary>The audit entries of a VEE run: one per period value it made Questionable or Estimated, in interval order.</summary>
internal static class VeeAudit
{
    public static List<VeeAuditEntry> Of(VeeWorkspace workspace, string actor, DateTimeOffset at)
    {
        var entries = new List<VeeAuditEntry>();
        for (var i = workspace.PeriodStart; i < workspace.Count; i++)
        {
            var quality = workspace.Quality[i];
            if (workspace.IsMissing(i) || quality is ReadingQuality.Valid or ReadingQuality.Edited)
            {
                continue;
            }

            // An estimate filled a gap (no old value); a flag left the measured quantity as it was, now Questionable.
            var estimated = quality == ReadingQuality.Estimated;
            entries.Add(Entry(workspace, i, estimated ? null : workspace.Quantity[i], estimated ? null : ReadingQuality.Valid, VeeRuleIds.Format(workspace.Rules[i]), workspace.Reasons.GetValueOrDefault(i) ?? "received as Questionable", actor, at));
        }

        return entries;
    }

    public static VeeAuditEntry Entry(VeeWorkspace workspace, int index, double? oldQuantity, ReadingQuality? oldQuality, string rule, string reason, string actor, DateTimeOffset at) =>
        new(workspace.Grid.StartOf(index), workspace.Grid.StartOf(index + 1), oldQuantity, oldQuality, workspace.Quantity[index], workspace.Quality[index], rule, reason, actor, at);
}
