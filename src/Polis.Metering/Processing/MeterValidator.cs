using Microsoft.Extensions.Options;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;
using Polis.Platform.City;

namespace Polis.Metering.Processing;

/// <summary>
/// Validates one dirty meter: loads the reads of its window (from the local day of the dirty instant to its latest
/// read), its installations, the validated history VEE needs and the analyst edits of the window; converts registers
/// (interval meters skip that), runs VEE, re-applies the edits, and returns what differs from the stored series.
/// </summary>
public sealed class MeterValidator(
    IMeterStore meters,
    IInstallationStore installations,
    IRegisterReadStore reads,
    IIntervalStore intervals,
    IIntervalEditStore edits,
    IOptions<VeeOptions> vee,
    IOptions<RegisterOptions> registers,
    IOptions<ValidationOptions> options,
    IOptions<CityOptions> city,
    TimeProvider timeProvider,
    IOptions<MeteringCalendarOptions>? calendar = null)
{
    /// <summary>The actor of VEE's audit entries.</summary>
    public const string Actor = "vee";

    /// <summary>Most edit windows are found in one look; the window only grows back to edits that started before it.</summary>
    private const int EditWidening = 8;

    private readonly IReadOnlySet<DateOnly> _holidays = calendar?.Value.HolidaySet ?? new HashSet<DateOnly>();

    public async Task<MeterValidation> ValidateAsync(DirtyMeter dirty, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dirty);
        if (await meters.GetAsync(dirty.MeterId, cancellationToken) is not { } meter
            || await reads.GetLatestAtAsync(meter.Id, cancellationToken) is not { } latestRead)
        {
            return MeterValidation.Nothing(dirty);
        }

        var zone = city.Value.Zone;
        var step = meter.Interval;
        var interval = meter.ReadingType == MeterReadingType.Interval;
        IReadOnlyList<Installation> placed = interval ? [] : await installations.ListAsync(new InstallationQuery(MeterId: meter.Id), cancellationToken);
        // A removal's final read closes the meter's last hour like a read does.
        var latest = placed.Where(i => i.To is not null && i.FinalRead is not null).Select(i => i.To!.Value).Append(latestRead).Max();
        var windowStart = ValidationWindow.DayStartOf(dirty.DirtyFrom, zone, step);
        var end = ValidationWindow.Floor(latest + (interval ? registers.Value.SnapTolerance : TimeSpan.Zero), step);
        var cap = windowStart.AddDays(options.Value.MaxWindowDays);
        DateTimeOffset? continueFrom = end > cap ? cap : null;
        end = ValidationWindow.Min(end, cap);

        // Conversion needs the read before the window to apportion across its first boundary (up to a day apart).
        var lookback = TimeSpan.FromDays(1) + (step * registers.Value.MaxReadSpacingSteps);
        var stored = await reads.ListAsync(meter.Id, windowStart - lookback, end + lookback, int.MaxValue, cancellationToken);
        if (stored.Count == 0 || FirstCovered(meter, stored, placed) is not { } first)
        {
            return new MeterValidation(dirty, null, continueFrom);
        }

        var start = ValidationWindow.Max(windowStart, first);
        var windowEdits = await EditsAsync(meter.Id, start, end, cancellationToken);
        start = windowEdits.Count == 0 ? start : ValidationWindow.Min(start, ValidationWindow.Floor(windowEdits.Min(e => e.Edit.Start), step));
        if (start >= end)
        {
            return new MeterValidation(dirty, null, continueFrom);
        }

        var grid = IntervalGrid.Between(start, end, step);
        var history = await intervals.ListAsync(meter.Id, start.AddDays(-vee.Value.HistoryDaysNeeded), start, cancellationToken);
        var input = new VeeInput(grid, zone) { History = [.. history.Select(h => h.Value)], Actor = Actor, Holidays = _holidays };
        var offGrid = 0;
        if (interval)
        {
            (var measured, offGrid) = ReadSeries.Intervals(stored, grid, meter.Multiplier, registers.Value.SnapTolerance);
            input = input with { Measured = measured };
        }
        else
        {
            var conversion = RegisterConverter.Convert(grid, ReadSeries.Installed(meter, placed, ReadSeries.Registers(stored, meter.Multiplier)), registers.Value);
            input = input with { Registers = conversion };
        }

        var result = VeeEngine.Run(input, vee.Value, timeProvider);
        var (series, audit, skipped) = Reapply(result, windowEdits, grid);
        var current = await intervals.ListAsync(meter.Id, start, end, cancellationToken);
        var write = SeriesChanges.Between(meter.Id, current, series, audit, Actor, timeProvider.GetUtcNow());
        return new MeterValidation(dirty, write, continueFrom) { OffGridReads = offGrid, SkippedEdits = skipped };
    }

    /// <summary>The first grid boundary the meter's reads (or an installation's initial read) cover: nothing is estimated before it.</summary>
    private static DateTimeOffset? FirstCovered(Meter meter, IReadOnlyList<StoredRegisterRead> stored, IReadOnlyList<Installation> placed)
    {
        var earliest = stored[0].At - (meter.ReadingType == MeterReadingType.Interval ? meter.Interval : TimeSpan.Zero);
        foreach (var installation in placed)
        {
            earliest = installation.InitialRead is not null ? ValidationWindow.Min(earliest, installation.From) : earliest;
        }

        return ValidationWindow.Ceiling(earliest, meter.Interval);
    }

    /// <summary>The edits overlapping the window, which grows back to the start of any that began before it.</summary>
    private async Task<IReadOnlyList<StoredEdit>> EditsAsync(string meterId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var found = await edits.ListAsync(meterId, start, end, cancellationToken);
        for (var i = 0; i < EditWidening && found.Count > 0 && found.Min(e => e.Edit.Start) is var earliest && earliest < start; i++)
        {
            start = earliest;
            found = await edits.ListAsync(meterId, start, end, cancellationToken);
        }

        return found;
    }

    /// <summary>Applies the stored edits in the order they were made, each cut to the window; one that no longer applies is skipped.</summary>
    private (ValidatedSeries Series, List<VeeAuditEntry> Audit, int Skipped) Reapply(VeeResult result, IReadOnlyList<StoredEdit> windowEdits, IntervalGrid grid)
    {
        var (series, audit, skipped) = (result.Series, new List<VeeAuditEntry>(result.Audit), 0);
        foreach (var stored in windowEdits)
        {
            var edit = stored.Edit with
            {
                Start = ValidationWindow.Max(stored.Edit.Start, grid.Start),
                End = ValidationWindow.Min(stored.Edit.End, grid.End),
            };
            try
            {
                var edited = VeeEdits.Apply(series, edit, vee.Value, timeProvider);
                series = edited.Series;
                audit.AddRange(edited.Audit);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                skipped++; // e.g. nothing left to estimate from, or the range left the window: the series keeps VEE's values
            }
        }

        return (series, audit, skipped);
    }
}
