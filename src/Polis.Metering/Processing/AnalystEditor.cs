using Microsoft.Extensions.Options;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Validation;
using Polis.Platform.City;
using Polis.Platform.Devices;

namespace Polis.Metering.Processing;

/// <summary>
/// Analyst edits of a meter's stored series: the range is checked against the meter's grid, the stored values are
/// restored with their history (<see cref="ValidatedSeries.Restore"/>), the edit applied (<see cref="VeeEdits.Apply"/>),
/// and the edit, the changed values and their audit entries saved in one transaction; re-validation re-applies it.
/// </summary>
public sealed class AnalystEditor(
    IMeterStore meters,
    IIntervalStore intervals,
    IIntervalEditStore edits,
    IOptions<VeeOptions> vee,
    IOptions<ValidationOptions> options,
    IOptions<CityOptions> city,
    TimeProvider timeProvider,
    IOptions<MeteringCalendarOptions>? calendar = null)
{
    private readonly IReadOnlySet<DateOnly> _holidays = calendar?.Value.HolidaySet ?? new HashSet<DateOnly>();

    public async Task<OperationResult<AnalystEditResult>> ApplyAsync(string meterId, AnalystEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (await meters.GetAsync(meterId, cancellationToken) is not { } meter)
        {
            return OperationResult<AnalystEditResult>.NotFound($"There is no meter '{meterId}'.");
        }

        if (RangeError(meter, edit) is { } error)
        {
            return Invalid("to", error);
        }

        var stored = await intervals.ListAsync(meter.Id, edit.Start, edit.End, cancellationToken);
        var history = await intervals.ListAsync(meter.Id, edit.Start.AddDays(-vee.Value.HistoryDaysNeeded), edit.Start, cancellationToken);
        var context = new VeeInput(IntervalGrid.Between(edit.Start, edit.End, meter.Interval), city.Value.Zone) { History = [.. history.Select(h => h.Value)], Holidays = _holidays };
        var series = ValidatedSeries.Restore(context, [.. stored.Select(SeriesChanges.ToValidated)], vee.Value);
        VeeResult result;
        try
        {
            result = VeeEdits.Apply(series, edit, vee.Value, timeProvider);
        }
        catch (InvalidOperationException ex)
        {
            return Invalid("action", ex.Message);
        }

        var changed = result.Audit.Select(a => a.IntervalStart).ToHashSet();
        var values = result.Series.Values.Where(v => changed.Contains(v.Value.Start)).Select(SeriesChanges.ToStored).ToList();
        var now = timeProvider.GetUtcNow();
        var write = new IntervalWrite(meter.Id, values, [.. result.Audit.Select(SeriesChanges.ToRecord)], edit.Actor, now);
        var saved = await edits.SaveAsync(meter.Id, edit, now, write, cancellationToken);
        return OperationResult<AnalystEditResult>.Ok(new AnalystEditResult(saved, values));
    }

    private string? RangeError(Meter meter, AnalystEdit edit)
    {
        var step = meter.Interval;
        if (edit.Start.UtcTicks % step.Ticks != 0 || edit.End.UtcTicks % step.Ticks != 0)
        {
            return $"from and to are boundaries of the meter's {meter.IntervalMinutes}-minute intervals.";
        }

        if (edit.End <= edit.Start)
        {
            return "from must be before to: the range is [from, to).";
        }

        return edit.End - edit.Start > TimeSpan.FromDays(options.Value.MaxEditDays)
            ? $"One edit covers at most {options.Value.MaxEditDays} days."
            : null;
    }

    private static OperationResult<AnalystEditResult> Invalid(string field, string message) =>
        OperationResult<AnalystEditResult>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
