using Microsoft.Extensions.Time.Testing;
using Polis.Metering.Readings;
using Polis.Metering.Validation;

namespace Polis.Metering.Tests.Validation;

/// <summary>Hand-made hourly series for VEE tests: a period and the history before it, in Copenhagen.</summary>
internal static class Series
{
    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static readonly VeeOptions Options = new();

    public static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Now);

    public static TimeZoneInfo Copenhagen => RealHeatMeter.Copenhagen;

    /// <summary>Hourly values from <paramref name="from"/>, one per element; NaN elements are left out (missing).</summary>
    public static List<IntervalValue> Hourly(DateTimeOffset from, params double[] values) =>
        [.. values.Select((q, i) => new IntervalValue(from.AddHours(i), from.AddHours(i + 1), q, ReadingQuality.Valid)).Where(v => !double.IsNaN(v.Quantity))];

    /// <summary>Hourly values over [<paramref name="from"/>, <paramref name="to"/>) from a function of the UTC start.</summary>
    public static List<IntervalValue> Hourly(DateTimeOffset from, DateTimeOffset to, Func<DateTimeOffset, double> quantity)
    {
        var values = new List<IntervalValue>();
        for (var t = from; t < to; t = t.AddHours(1))
        {
            values.Add(new IntervalValue(t, t.AddHours(1), quantity(t), ReadingQuality.Valid));
        }

        return values;
    }

    /// <summary>Validated history of <see cref="VeeOptions.HistoryDaysNeeded"/> days before <paramref name="periodStart"/>.</summary>
    public static List<IntervalValue> History(DateTimeOffset periodStart, Func<DateTimeOffset, double> quantity) =>
        Hourly(periodStart.AddDays(-Options.HistoryDaysNeeded), periodStart, quantity);

    public static VeeInput Input(DateTimeOffset from, int hours, IReadOnlyList<IntervalValue> measured, IReadOnlyList<IntervalValue>? history = null) =>
        new(new IntervalGrid(from, Hour, hours), Copenhagen) { Measured = measured, History = history ?? [] };

    public static VeeResult Run(VeeInput input, VeeOptions? options = null) => VeeEngine.Run(input, options ?? Options, Clock());

    /// <summary>The local hour of a UTC instant in Copenhagen.</summary>
    public static int LocalHour(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Copenhagen).Hour;
}
