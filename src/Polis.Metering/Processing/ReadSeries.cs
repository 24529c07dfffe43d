using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Metering.Processing;

/// <summary>
/// Stored reads as VEE's inputs. The meter's multiplier (transformer ratio, pulse weight) is applied here, to reads,
/// installation reads and capacity alike: stored reads stay what the register showed, consumption is in the kind's unit.
/// </summary>
internal static class ReadSeries
{
    /// <summary>
    /// Register reads for conversion. A conflicted instant gives its other values first and the stored (first received)
    /// value last, so conversion uses the stored one and marks the intervals around it <c>duplicate-conflict</c>.
    /// </summary>
    public static RegisterRead[] Registers(IReadOnlyList<StoredRegisterRead> reads, double multiplier)
    {
        var result = new List<RegisterRead>(reads.Count);
        foreach (var read in reads)
        {
            foreach (var other in read.ConflictingValues)
            {
                result.Add(new RegisterRead(read.At, other * multiplier));
            }

            result.Add(new RegisterRead(read.At, read.Value * multiplier));
        }

        return [.. result];
    }

    /// <summary>Each installation of the meter as conversion sees it (the meter always in place when it has none).</summary>
    public static MeterReads[] Installed(Meter meter, IReadOnlyList<Installation> installations, RegisterRead[] reads)
    {
        var capacity = meter.Capacity * meter.Multiplier;
        if (installations.Count == 0)
        {
            return [new MeterReads(RegisterInstallation.Always(meter.Id, capacity), reads)];
        }

        return [.. installations.Select(i => new MeterReads(
            new RegisterInstallation(meter.Id, i.From, i.To)
            {
                InitialRead = i.InitialRead * meter.Multiplier,
                FinalRead = i.FinalRead * meter.Multiplier,
                Capacity = capacity,
            },
            reads))];
    }

    /// <summary>
    /// Interval values (stamped at the interval's end) on the grid: a stamp within <paramref name="snap"/> of a boundary
    /// counts as on it; others are off the grid and not used (counted). A conflicted instant is Questionable.
    /// </summary>
    public static (List<IntervalValue> Values, int OffGrid) Intervals(IReadOnlyList<StoredRegisterRead> reads, IntervalGrid grid, double multiplier, TimeSpan snap)
    {
        var values = new List<IntervalValue>(reads.Count);
        var taken = new HashSet<DateTimeOffset>();
        var offGrid = 0;
        foreach (var read in reads)
        {
            var end = ValidationWindow.Floor(read.At + snap, grid.Step);
            if ((read.At - end).Duration() > snap)
            {
                offGrid++;
                continue;
            }

            var start = end - grid.Step;
            if (start < grid.Start || end > grid.End || !taken.Add(start))
            {
                continue; // outside the window, or a second stamp snapped onto the same interval (the first is kept)
            }

            var quality = read.IsConflicted ? ReadingQuality.Questionable : ReadingQuality.Valid;
            values.Add(new IntervalValue(start, end, read.Value * multiplier, quality));
        }

        return (values, offGrid);
    }
}
