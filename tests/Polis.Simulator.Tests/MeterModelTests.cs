using Polis.Simulator.Behaviour;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Tests;

public sealed class MeterModelTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ElectricityDay_EveryHousehold_TotalInPlausibleBandAndRegisterMatchesIntervals()
    {
        for (long key = 0; key < 200; key++)
        {
            var scale = 0.6 + (key % 10 / 10.0);
            var total = Slots().Sum(s => MeterModel.ElectricityKw(key, scale, s) * 0.25);
            Assert.InRange(total, 4, 30);
            var register = MeterModel.ElectricityRegister(key, scale, Day.AddDays(1)) - MeterModel.ElectricityRegister(key, scale, Day);
            Assert.Equal(total, register, 6);
        }
    }

    [Fact]
    public void WaterNight_WithoutLeak_NearZero_WithLeak_ContinuousFlow()
    {
        int leaking = 0, dry = 0;
        for (long key = 0; key < 1_000; key++)
        {
            var nightMinimum = Slots().Where(s => s.Hour is >= 1 and < 4).Min(s => MeterModel.WaterM3h(key, 1.2, s));
            var daily = Slots().Sum(s => MeterModel.WaterM3h(key, 1.2, s) * 0.25);
            if (MeterModel.LeakM3h(key, DailyProfiles.DayOf(Day)) > 0)
            {
                leaking++;
                Assert.True(nightMinimum >= 0.01, $"meter {key} leaks but its night flow is {nightMinimum}");
            }
            else
            {
                dry++;
                Assert.True(nightMinimum < 0.0005, $"meter {key} does not leak but its night flow is {nightMinimum}");
                Assert.InRange(daily, 0.15, 0.6);
            }
        }

        // Leaks are rare but present: about 3 % of meter-days.
        Assert.InRange(leaking, 10, 60);
        Assert.True(dry > 900);
    }

    [Fact]
    public void MeterBehaviour_Backlog_ReportsEachMissedSlotOnceWithRisingRegister()
    {
        var city = CityGenerator.Generate(1, SimulationScale.Tiny);
        var meter = new DeviceBehaviour(city.Devices.First(d => d.Kind == DeviceKind.WaterMeter), city.Seed);
        var first = meter.ReadingsAt(Day.AddHours(8).AddMinutes(1));
        Assert.Single(first);
        meter.Acknowledge(first);

        var later = meter.ReadingsAt(Day.AddHours(9).AddMinutes(1));
        Assert.Equal(4, later.Count);
        Assert.Equal(Day.AddHours(8).AddMinutes(15).ToUnixTimeMilliseconds(), later[0].Timestamp);
        var volumes = later.Select(r => (double)r.Values["volume"]).Prepend((double)first[0].Values["volume"]).ToList();
        Assert.Equal(volumes.Order(), volumes);

        // Not acknowledged (the publish failed): the same slots come again.
        Assert.Equal(later.Select(r => r.Timestamp), meter.ReadingsAt(Day.AddHours(9).AddMinutes(2)).Select(r => r.Timestamp));
    }

    private static IEnumerable<DateTimeOffset> Slots() => Enumerable.Range(0, MeterModel.SlotsPerDay).Select(i => Day + (MeterModel.Slot * i));
}
