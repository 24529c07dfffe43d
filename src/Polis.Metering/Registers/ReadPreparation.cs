namespace Polis.Metering.Registers;

/// <summary>
/// Turns one installation's raw reads into the ordered points of its register curve, giving every input read its
/// outcome: rejected or outside the installation, sorted when out of order, duplicates dropped, conflicting
/// duplicates resolved to the last one received, reads near a boundary snapped to it.
/// </summary>
internal static class ReadPreparation
{
    private const double SameValue = 1e-9;

    /// <summary>Fills <paramref name="candidates"/> (at least two longer than the reads) and returns how many points it holds.</summary>
    public static int Prepare(MeterReads meter, long step, RegisterOptions options, RegisterPoint[] candidates, Span<RegisterReadOutcome> outcomes, Dictionary<long, string> conflicts)
    {
        var reads = meter.Reads.Span;
        var installation = meter.Installation;
        var count = 0;
        var sorted = true;
        var latest = long.MinValue;
        if (installation.InitialRead is { } initial)
        {
            candidates[count++] = new RegisterPoint(installation.InstalledAt.UtcTicks, initial, -1, false, false);
            latest = installation.InstalledAt.UtcTicks;
        }

        for (var i = 0; i < reads.Length; i++)
        {
            var read = reads[i];
            if (!double.IsFinite(read.Value) || read.Value < 0)
            {
                outcomes[i] = RegisterReadOutcome.Rejected;
                continue;
            }

            if (!installation.Holds(read.At))
            {
                outcomes[i] = RegisterReadOutcome.OutsideInstallation;
                continue;
            }

            var ticks = read.At.UtcTicks;
            if (ticks < latest)
            {
                sorted = false;
                outcomes[i] = RegisterReadOutcome.UsedOutOfOrder;
            }
            else
            {
                latest = ticks;
                outcomes[i] = RegisterReadOutcome.Used;
            }

            candidates[count++] = new RegisterPoint(ticks, read.Value, i, false, false);
        }

        if (installation is { FinalRead: { } final, RemovedAt: { } removed })
        {
            sorted &= removed.UtcTicks > latest;
            candidates[count++] = new RegisterPoint(removed.UtcTicks, final, -1, false, false);
        }

        var points = candidates.AsSpan(0, count);
        if (!sorted)
        {
            // Equal instants keep the order they were received in (installation records first), which decides
            // conflicting duplicates: the last one received wins.
            points.Sort(static (a, b) => a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : a.Source.CompareTo(b.Source));
        }

        count = Deduplicate(points, outcomes, conflicts);
        Snap(candidates.AsSpan(0, count), step, options.SnapTolerance.Ticks);
        return count;
    }

    private static int Deduplicate(Span<RegisterPoint> points, Span<RegisterReadOutcome> outcomes, Dictionary<long, string> conflicts)
    {
        var kept = 0;
        for (var start = 0; start < points.Length;)
        {
            var end = start + 1;
            var conflict = false;
            while (end < points.Length && points[end].Ticks == points[start].Ticks)
            {
                conflict |= Math.Abs(points[end].Value - points[start].Value) > SameValue;
                end++;
            }

            // The last one received wins; the others are duplicates of it or superseded by it.
            var winner = points[end - 1];
            for (var k = start; k < end - 1; k++)
            {
                if (points[k].Source >= 0)
                {
                    outcomes[points[k].Source] = Math.Abs(points[k].Value - winner.Value) <= SameValue ? RegisterReadOutcome.Duplicate : RegisterReadOutcome.Superseded;
                }
            }

            if (conflict)
            {
                conflicts[winner.Ticks] = ConflictReason(points[start..end], winner);
            }

            points[kept++] = winner with { Conflict = conflict };
            start = end;
        }

        return kept;
    }

    private static string ConflictReason(ReadOnlySpan<RegisterPoint> group, RegisterPoint winner)
    {
        var values = new string[group.Length];
        for (var k = 0; k < group.Length; k++)
        {
            values[k] = ReasonText.Number(group[k].Value);
        }

        return $"{group.Length} reads at {ReasonText.Instant(winner.Ticks)} disagree ({string.Join(", ", values)}); the last received was used";
    }

    /// <summary>Moves a point onto the nearest boundary when within tolerance and the move keeps the points in order.</summary>
    private static void Snap(Span<RegisterPoint> points, long step, long tolerance)
    {
        var previous = long.MinValue;
        for (var k = 0; k < points.Length; k++)
        {
            var raw = points[k].Ticks;
            var boundary = (raw + (step / 2)) / step * step;
            var next = k + 1 < points.Length ? points[k + 1].Ticks : long.MaxValue;
            if (raw == boundary)
            {
                previous = raw;
                continue;
            }

            var snap = Math.Abs(raw - boundary) <= tolerance && boundary > previous && boundary < next;
            points[k] = points[k] with { Ticks = snap ? boundary : raw, OffGrid = !snap };
            previous = points[k].Ticks;
        }
    }
}
