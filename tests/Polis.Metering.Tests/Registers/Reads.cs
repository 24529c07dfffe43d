using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Metering.Tests.Registers;

/// <summary>Small hand-made series for register tests, on 2026-01-05 (a Monday).</summary>
internal static class Reads
{
    public static readonly DateTimeOffset Day = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static readonly RegisterOptions Options = new();

    /// <summary>The instant <paramref name="hours"/> after midnight, to the tick (AddHours would round to milliseconds).</summary>
    public static DateTimeOffset H(double hours) => Day.AddTicks((long)Math.Round(hours * TimeSpan.TicksPerHour));

    public static RegisterRead R(double hours, double value) => new(H(hours), value);

    public static IntervalGrid Hourly(int fromHour, int toHour) => IntervalGrid.Between(H(fromHour), H(toHour), TimeSpan.FromHours(1));

    public static IntervalGrid Quarters(int fromHour, int toHour) => IntervalGrid.Between(H(fromHour), H(toHour), TimeSpan.FromMinutes(15));

    /// <summary>Consumption by grid index, NaN in gaps.</summary>
    public static double[] Quantities(RegisterConversion conversion) =>
        [.. Enumerable.Range(0, conversion.Grid.Count).Select(conversion.QuantityAt)];
}
