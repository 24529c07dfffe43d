using Polis.Platform.Alarms;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;
using Polis.Platform.Rules;

namespace Polis.Platform.Tests.Rules;

/// <summary>Rules, profiles and readings shared by the rule tests; times are explicit Unix ms.</summary>
internal static class RuleTestData
{
    public const long T0 = 1_800_000_000_000;

    public static DeviceProfile AirQuality { get; } = BuiltInProfiles.All.Single(p => p.Id == "air-quality");

    public static DeviceProfile Parking { get; } = BuiltInProfiles.All.Single(p => p.Id == "parking-spot");

    public static Rule Rule(RuleCondition condition, RuleCondition? clear = null) =>
        new("r1", "Test rule", new RuleTarget("air-quality"), AlarmSeverity.Major, condition, Clear: clear is null ? null : new RuleClear(clear));

    public static ThresholdCondition Above(string key, double value, int? forSeconds = null) =>
        new(key, ComparisonOperator.GreaterThan, TelemetryValue.FromNumber(value), forSeconds);

    public static ThresholdCondition Below(string key, double value, int? forSeconds = null) =>
        new(key, ComparisonOperator.LessThan, TelemetryValue.FromNumber(value), forSeconds);

    public static TelemetryPoint Point(string key, long timestamp, double value) => new(key, timestamp, TelemetryValue.FromNumber(value));

    public static long Seconds(double seconds) => (long)(seconds * 1000);

    public static long Minutes(double minutes) => (long)(minutes * 60_000);

    /// <summary>Feeds readings one batch at a time, each arriving at its own timestamp plus <paramref name="lagMs"/>.</summary>
    public static (RuleEvaluationState State, List<RuleTransition> Transitions) Feed(
        Rule rule, RuleEvaluationState state, long lagMs, params TelemetryPoint[] points)
    {
        var transitions = new List<RuleTransition>();
        foreach (var point in points)
        {
            var result = RuleEvaluator.Evaluate(rule, state, [point], point.Timestamp + lagMs);
            state = result.State;
            transitions.Add(result.Transition);
        }

        return (state, transitions);
    }

    public static string Json(string condition, string extra = "") =>
        $$"""{"id":"pm25-high","name":"PM2.5 high","target":{"profileId":"air-quality"},"severity":"major","condition":{{condition}}{{extra}}}""";
}
