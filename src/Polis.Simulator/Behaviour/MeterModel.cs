using Polis.Simulator.Generation;

namespace Polis.Simulator.Behaviour;

/// <summary>
/// Electricity and water meters at 15-minute intervals. Registers are exact integrals of the interval values
/// since 2024-01-01, so a restarted simulator continues the same register and never makes it run backwards.
/// A leak is a whole day of extra constant flow (continuous night flow is how utilities find leaks).
/// </summary>
public static class MeterModel
{
    public const int SlotsPerDay = 96;
    public static readonly TimeSpan Slot = TimeSpan.FromMinutes(15);
    private const long FirstDay = 19_723; // 2024-01-01
    private const double LeakProbabilityPerDay = 0.03;
    private static readonly double ElectricityShapeKwh = Enumerable.Range(0, SlotsPerDay).Sum(s => DailyProfiles.HouseholdKw((s + 0.5) / 4) * 0.25);
    private static readonly double WaterShapeM3 = Enumerable.Range(0, SlotsPerDay).Sum(s => DailyProfiles.HouseholdWaterM3h((s + 0.5) / 4) * 0.25);

    /// <summary>Day-to-day variation of a household's use: 0.85–1.15.</summary>
    public static double DayFactor(long key, long day) => 0.85 + (0.3 * Hashing.Unit(key, day, 21));

    /// <summary>The leak's flow in m³/h on <paramref name="day"/>, 0 on most days.</summary>
    public static double LeakM3h(long key, long day) =>
        Hashing.Unit(key, day, 22) < LeakProbabilityPerDay ? 0.01 + (0.04 * Hashing.Unit(key, day, 23)) : 0;

    /// <summary>Average power (kW) in the slot starting at <paramref name="slotStart"/>.</summary>
    public static double ElectricityKw(long key, double scale, DateTimeOffset slotStart) =>
        DailyProfiles.HouseholdKw(DailyProfiles.HourOf(slotStart + (Slot / 2))) * scale * DayFactor(key, DailyProfiles.DayOf(slotStart));

    /// <summary>Average flow (m³/h) in the slot starting at <paramref name="slotStart"/>, leak included.</summary>
    public static double WaterM3h(long key, double scale, DateTimeOffset slotStart)
    {
        var day = DailyProfiles.DayOf(slotStart);
        return (DailyProfiles.HouseholdWaterM3h(DailyProfiles.HourOf(slotStart + (Slot / 2))) * scale * DayFactor(key, day)) + LeakM3h(key, day);
    }

    /// <summary>The electricity register (kWh) at <paramref name="slotBoundary"/> (a multiple of 15 minutes).</summary>
    public static double ElectricityRegister(long key, double scale, DateTimeOffset slotBoundary) =>
        Register(key, slotBoundary, 1_000 + (Hashing.Unit(key, 24) * 20_000), day => ElectricityShapeKwh * scale * DayFactor(key, day), s => ElectricityKw(key, scale, s) * 0.25);

    /// <summary>The water register (m³) at <paramref name="slotBoundary"/> (a multiple of 15 minutes).</summary>
    public static double WaterRegister(long key, double scale, DateTimeOffset slotBoundary) =>
        Register(key, slotBoundary, 50 + (Hashing.Unit(key, 25) * 500), day => (WaterShapeM3 * scale * DayFactor(key, day)) + (LeakM3h(key, day) * 24), s => WaterM3h(key, scale, s) * 0.25);

    /// <summary>The start of the slot containing <paramref name="time"/>.</summary>
    public static DateTimeOffset SlotStart(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % Slot.Ticks), TimeSpan.Zero);

    private static double Register(long key, DateTimeOffset boundary, double initial, Func<long, double> dayTotal, Func<DateTimeOffset, double> slotAmount)
    {
        var day = DailyProfiles.DayOf(boundary);
        var total = initial;
        for (var d = FirstDay; d < day; d++)
        {
            total += dayTotal(d);
        }

        var dayStart = new DateTimeOffset((day + 719_162) * TimeSpan.TicksPerDay, TimeSpan.Zero);
        for (var s = dayStart; s < boundary; s += Slot)
        {
            total += slotAmount(s);
        }

        return total;
    }
}
