using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Metering.Validation;

/// <summary>
/// Analyst edits of a validated series: set values (Edited), accept Questionable values as measured (Valid) or
/// estimate a range (Estimated). Each returns a new series and one audit entry per changed interval (old and new
/// value and quality, the rule, the analyst's reason and name, the time); the series given is left as it was.
/// </summary>
public static class VeeEdits
{
    public static VeeResult Apply(ValidatedSeries series, AnalystEdit edit, VeeOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(edit.Reason, nameof(edit));
        ArgumentException.ThrowIfNullOrWhiteSpace(edit.Actor, nameof(edit));
        var (start, end) = RangeOf(series, edit);
        var workspace = series.Workspace.Clone();
        var at = clock.GetUtcNow();
        var entries = new List<VeeAuditEntry>();
        switch (edit.Action)
        {
            case AnalystAction.Set:
                var quantity = edit.Quantity is { } q && double.IsFinite(q) ? q : throw new ArgumentException("a Set edit needs a finite quantity", nameof(edit));
                for (var i = start; i < end; i++)
                {
                    Change(workspace, i, quantity, ReadingQuality.Edited, VeeRules.AnalystEdit, edit, at, entries);
                }

                break;
            case AnalystAction.Accept:
                for (var i = start; i < end; i++)
                {
                    if (workspace.Quality[i] == ReadingQuality.Questionable && !workspace.IsMissing(i))
                    {
                        Change(workspace, i, workspace.Quantity[i], ReadingQuality.Valid, VeeRules.AnalystAccept, edit, at, entries);
                    }
                }

                break;
            case AnalystAction.Estimate:
                var estimates = new double[end - start];
                var (method, how) = GapEstimator.Estimate(workspace, options, start, end, edit.Quantity, estimates);
                if (method == VeeRules.None)
                {
                    throw new InvalidOperationException($"the range cannot be estimated: {how}");
                }

                for (var i = start; i < end; i++)
                {
                    Change(workspace, i, estimates[i - start], ReadingQuality.Estimated, method, edit with { Reason = $"{edit.Reason} ({how})" }, at, entries);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit.Action, "unknown analyst action");
        }

        return new VeeResult(new ValidatedSeries(workspace), entries);
    }

    private static void Change(VeeWorkspace workspace, int i, double quantity, ReadingQuality quality, VeeRules rule, AnalystEdit edit, DateTimeOffset at, List<VeeAuditEntry> entries)
    {
        var missing = workspace.IsMissing(i);
        var (oldQuantity, oldQuality) = (missing ? (double?)null : workspace.Quantity[i], missing ? (ReadingQuality?)null : workspace.Quality[i]);
        workspace.Quantity[i] = quantity;
        workspace.Quality[i] = quality;
        workspace.Rules[i] |= rule;
        workspace.Explain(i, $"{VeeRuleIds.Format(rule)} by {edit.Actor}: {edit.Reason}");
        entries.Add(VeeAudit.Entry(workspace, i, oldQuantity, oldQuality, VeeRuleIds.Format(rule), edit.Reason, edit.Actor, at));
    }

    private static (int Start, int End) RangeOf(ValidatedSeries series, AnalystEdit edit)
    {
        var period = series.Period;
        if (edit.End <= edit.Start || !period.IsBoundary(edit.Start) || !period.IsBoundary(edit.End)
            || edit.Start < period.Start || edit.End > period.End)
        {
            throw new ArgumentException($"[{ReasonText.Instant(edit.Start)}, {ReasonText.Instant(edit.End)}) is not a range of whole intervals of the period", nameof(edit));
        }

        var start = series.Offset((int)((edit.Start - period.Start) / period.Step));
        return (start, start + (int)((edit.End - edit.Start) / period.Step));
    }
}
