using Polis.Platform.Devices;
using Polis.Platform.Rules;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;
using Polis.Simulator.Rules;

namespace Polis.Simulator.Tests;

/// <summary>
/// The simulated city's starter rules are valid platform rules, and they are tuned to the models: the leak rule
/// fires on the days a meter leaks and on no other day, the pollution rule only during a station's incident.
/// </summary>
public sealed class StarterRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EveryStarterRule_ParsesAndValidatesAgainstItsProfile()
    {
        var profiles = BuiltInProfiles.All.ToDictionary(p => p.Id);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in StarterRules.All)
        {
            var profileId = RuleJson.Parse(json).Rule?.Target.ProfileId;
            Assert.NotNull(profileId);
            var parsed = RuleJson.Parse(json, profiles[profileId]);
            Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")));
            Assert.True(ids.Add(parsed.Rule!.Id), $"duplicate starter rule id {parsed.Rule.Id}");
            Assert.StartsWith("sim-", parsed.Rule.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ContinuousFlowRule_FiresOnEveryLeakDayAndNoOther()
    {
        var rule = Threshold("sim-water-continuous-flow");
        var city = CityGenerator.Generate(11, SimulationScale.Small);
        var meters = CityBehaviours.Create(city).Where(b => b.Device.Kind == DeviceKind.WaterMeter).ToList();
        var leakDays = 0;
        foreach (var meter in meters)
        {
            for (var day = 0; day < 6; day++)
            {
                var dayStart = Start.AddDays(day);
                var slots = Enumerable.Range(0, 96).Select(s => MeterModel.WaterM3h(meter.Key, meter.Device.Scale, dayStart.AddMinutes(15 * s))).ToList();
                var leaking = MeterModel.LeakM3h(meter.Key, DailyProfiles.DayOf(dayStart)) > 0;
                leakDays += leaking ? 1 : 0;
                var longestHours = LongestRun(slots, v => v > rule.Value.Number) * 0.25;
                Assert.True(leaking == longestHours * 3600 >= rule.ForSeconds, $"{meter.Device.Id} day {day}: leak {leaking}, longest flow {longestHours} h");
            }
        }

        Assert.True(leakDays > 0, "six days of a small city have leak days to catch");
    }

    [Fact]
    public void PollutionRule_HoldsOnlyDuringIncidents()
    {
        var rule = Threshold("sim-aq-pm25-episode");
        var city = CityGenerator.Generate(11, SimulationScale.Small);
        var stations = CityBehaviours.Create(city).Where(b => b.Device.Kind == DeviceKind.AirQuality).ToList();
        var incidentReadingsOver = 0;
        foreach (var station in stations)
        {
            for (var t = Start; t < Start.AddDays(20); t += TimeSpan.FromMinutes(10))
            {
                var pm25 = (double)AirQualityModel.Values(station.Key, station.Device.Scale, t)["pm25"];
                var incident = AirQualityModel.IncidentFactor(station.Key, DailyProfiles.DayOf(t), DailyProfiles.HourOf(t)) > 1;
                // A spike (one reading, × 8) may cross the threshold, but it never lasts the rule's 15 minutes.
                var spike = FaultModel.Spikes(station.Key, t);
                Assert.True(incident || spike || pm25 <= rule.Value.Number, $"{station.Device.Id} at {t:O}: pm25 {pm25} without an incident");
                incidentReadingsOver += incident && pm25 > rule.Value.Number ? 1 : 0;
            }
        }

        Assert.True(incidentReadingsOver > 0, "twenty days of a small city have an incident above the threshold");
    }

    private static ThresholdCondition Threshold(string id) =>
        Assert.IsType<ThresholdCondition>(RuleJson.Parse(StarterRules.All.Single(r => r.Contains($"\"{id}\"", StringComparison.Ordinal))).Rule!.Condition);

    private static int LongestRun(IEnumerable<double> values, Func<double, bool> holds)
    {
        int longest = 0, run = 0;
        foreach (var value in values)
        {
            run = holds(value) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
