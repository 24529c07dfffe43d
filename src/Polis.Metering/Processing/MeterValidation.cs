using Polis.Metering.Readings;

namespace Polis.Metering.Processing;

/// <summary>
/// What validating one dirty meter produced: the values and audit entries to save (only what differs from the stored
/// series; none when nothing changed), where to continue when the window was cut at
/// <see cref="ValidationOptions.MaxWindowDays"/>, reads ignored as off the meter's grid, edits that no longer apply.
/// </summary>
public sealed record MeterValidation(DirtyMeter Meter, IntervalWrite? Write, DateTimeOffset? ContinueFrom)
{
    public int OffGridReads { get; init; }

    public int SkippedEdits { get; init; }

    public static MeterValidation Nothing(DirtyMeter meter) => new(meter, null, null);
}
