using Polis.Contracts.Telemetry;
using Polis.Platform.Rules;
using static Polis.Platform.Tests.Rules.RuleTestData;

namespace Polis.Platform.Tests.Rules;

public sealed class RuleEvaluatorConditionTests
{
    [Theory]
    [InlineData(RangeMode.Inside, 18, true)]
    [InlineData(RangeMode.Inside, 24, true)]
    [InlineData(RangeMode.Inside, 24.01, false)]
    [InlineData(RangeMode.Outside, 17.9, true)]
    [InlineData(RangeMode.Outside, 18, false)]
    [InlineData(RangeMode.Outside, 30, true)]
    public void Evaluate_Range_HoldsPerModeWithBoundsInside(RangeMode mode, double value, bool raises)
    {
        var rule = Rule(new RangeCondition("temperature", 18, 24, mode));

        var result = RuleEvaluator.Evaluate(rule, RuleEvaluationState.Initial, [Point("temperature", T0, value)], T0);

        Assert.Equal(raises ? RuleTransitionKind.Raise : RuleTransitionKind.None, result.Transition.Kind);
    }

    [Fact]
    public void Evaluate_RangeOutsideForDuration_RaisesAfterDuration()
    {
        var rule = Rule(new RangeCondition("temperature", 18, 24, RangeMode.Outside, ForSeconds: 900));

        var (_, transitions) = Feed(rule, RuleEvaluationState.Initial, 0,
            Point("temperature", T0, 30), Point("temperature", T0 + Minutes(10), 10), Point("temperature", T0 + Minutes(15), 12));

        Assert.Equal([RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.Raise], transitions.Select(t => t.Kind));
    }

    [Fact]
    public void Evaluate_RateOfChangePerMinute_RaisesOnFastChangeAndClearsWhenCalm()
    {
        var rule = Rule(new RateOfChangeCondition("temperature", WindowSeconds: 300, MaxChangePerMinute: 2));

        var (_, transitions) = Feed(rule, RuleEvaluationState.Initial, 0,
            Point("temperature", T0, 20), Point("temperature", T0 + Minutes(2), 23.9),
            Point("temperature", T0 + Minutes(3), 26.5), Point("temperature", T0 + Minutes(4), 27));

        // 3.9 in 2 min = 1.95/min (calm); 2.6 in 1 min (too fast); 0.5 in 1 min (calm again).
        Assert.Equal([RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.Raise, RuleTransitionKind.Clear], transitions.Select(t => t.Kind));
    }

    [Fact]
    public void Evaluate_RateOfChangePercent_ComparesWithPreviousReading()
    {
        var rule = Rule(new RateOfChangeCondition("pm25", WindowSeconds: 600, MaxChangePercent: 50));

        var (_, transitions) = Feed(rule, RuleEvaluationState.Initial, 0,
            Point("pm25", T0, 20), Point("pm25", T0 + Minutes(1), 29), Point("pm25", T0 + Minutes(2), 44));

        Assert.Equal([RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.Raise], transitions.Select(t => t.Kind));
    }

    [Fact]
    public void Evaluate_RateOfChangeAcrossGapLongerThanWindow_NotCompared()
    {
        var rule = Rule(new RateOfChangeCondition("pm25", WindowSeconds: 60, MaxChangePerMinute: 1));

        var (_, transitions) = Feed(rule, RuleEvaluationState.Initial, 0, Point("pm25", T0, 10), Point("pm25", T0 + Minutes(5), 500));

        Assert.All(transitions, t => Assert.Equal(RuleTransitionKind.None, t.Kind));
    }

    [Fact]
    public void EvaluateTimer_NoDataForAnyKey_RaisesAndNextReadingClears()
    {
        var rule = Rule(new InactivityCondition(1800));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, 0, Point("humidity", T0, 50));

        Assert.Equal(T0 + Minutes(30), RuleEvaluator.NextDueAt(rule, state));
        var quiet = RuleEvaluator.EvaluateTimer(rule, state, T0 + Minutes(29));
        var silent = RuleEvaluator.EvaluateTimer(rule, quiet.State, T0 + Minutes(30));
        var back = RuleEvaluator.Evaluate(rule, silent.State, [Point("pm10", T0 + Minutes(31), 5)], T0 + Minutes(31));

        Assert.Equal(RuleTransitionKind.None, quiet.Transition.Kind);
        Assert.Equal(RuleTransitionKind.Raise, silent.Transition.Kind);
        Assert.Equal(T0, Assert.Single(silent.Transition.Matches).Since);
        Assert.Null(RuleEvaluator.NextDueAt(rule, silent.State));
        Assert.Equal(RuleTransitionKind.Clear, back.Transition.Kind);
    }

    [Fact]
    public void EvaluateTimer_NoReadingEver_CountsFromStart()
    {
        var rule = Rule(new InactivityCondition(60, Key: "pm25"));

        var started = RuleEvaluator.EvaluateTimer(rule, RuleEvaluationState.Initial, T0);
        var due = RuleEvaluator.NextDueAt(rule, started.State);

        Assert.Equal(RuleTransitionKind.None, started.Transition.Kind);
        Assert.Equal(T0 + Seconds(60), due);
        Assert.Equal(RuleTransitionKind.Raise, RuleEvaluator.EvaluateTimer(rule, started.State, due!.Value).Transition.Kind);
        Assert.Null(RuleEvaluator.NextDueAt(rule, RuleEvaluationState.Initial));
    }

    [Fact]
    public void EvaluateTimer_StartFromLastActivity_SilenceBeforeRestartCounts()
    {
        var rule = Rule(new InactivityCondition(600));

        var state = RuleEvaluationState.Start(T0 + Minutes(8), lastActivityAt: T0);

        Assert.Equal(T0 + Minutes(10), RuleEvaluator.NextDueAt(rule, state));
        Assert.Equal(RuleTransitionKind.Raise, RuleEvaluator.EvaluateTimer(rule, state, T0 + Minutes(10)).Transition.Kind);
    }

    [Fact]
    public void Evaluate_InactivityOfOneKey_OtherKeysDoNotCount()
    {
        var rule = Rule(new InactivityCondition(600, Key: "pm25"));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, 0, Point("pm25", T0, 10), Point("pm10", T0 + Minutes(5), 10));

        Assert.Equal(RuleTransitionKind.Raise, RuleEvaluator.EvaluateTimer(rule, state, T0 + Minutes(10)).Transition.Kind);
    }

    [Fact]
    public void Evaluate_AllOfAnyNested_HoldsOnlyWhenEveryBranchHolds()
    {
        // pm25 > 35 AND (no2 > 200 OR o3 > 180)
        var rule = Rule(new AllCondition([Above("pm25", 35), new AnyCondition([Above("no2", 200), Above("o3", 180)])]));
        var state = RuleEvaluationState.Initial;

        var steps = new[]
        {
            RuleEvaluator.Evaluate(rule, state, [Point("pm25", T0, 40), Point("no2", T0, 100)], T0),
        }.ToList();
        steps.Add(RuleEvaluator.Evaluate(rule, steps[^1].State, [Point("o3", T0 + 1000, 190)], T0 + 1000));
        steps.Add(RuleEvaluator.Evaluate(rule, steps[^1].State, [Point("o3", T0 + 2000, 100), Point("no2", T0 + 2000, 250)], T0 + 2000));
        steps.Add(RuleEvaluator.Evaluate(rule, steps[^1].State, [Point("pm25", T0 + 3000, 20)], T0 + 3000));

        Assert.Equal(
            [RuleTransitionKind.None, RuleTransitionKind.Raise, RuleTransitionKind.Update, RuleTransitionKind.Clear],
            steps.Select(s => s.Transition.Kind));
        Assert.Equal(
            [("condition.conditions[0]", true), ("condition.conditions[1].conditions[0]", false), ("condition.conditions[1].conditions[1]", true)],
            steps[1].Transition.Matches.Select(m => (m.Path, m.Holds)));
    }

    [Fact]
    public void Evaluate_AnyOfThresholdAndInactivity_EitherRaises()
    {
        var rule = Rule(new AnyCondition([Above("pm25", 100, forSeconds: 60), new InactivityCondition(600, "pm25")]));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, 0, Point("pm25", T0, 150));

        Assert.Equal(T0 + Seconds(60), RuleEvaluator.NextDueAt(rule, state));
        Assert.Equal(RuleTransitionKind.Raise, RuleEvaluator.EvaluateTimer(rule, state, T0 + Seconds(60)).Transition.Kind);
    }

    [Fact]
    public void Evaluate_NonNumericReadingForNumericThreshold_BreaksTheRun()
    {
        var rule = Rule(Above("pm25", 35, forSeconds: 60));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, 0, Point("pm25", T0, 40));

        var text = RuleEvaluator.Evaluate(rule, state, [new TelemetryPoint("pm25", T0 + 1000, TelemetryValue.FromString("n/a"))], T0 + 1000);

        Assert.False(text.State.HoldingSince.ContainsKey("condition"));
        Assert.Null(RuleEvaluator.NextDueAt(rule, text.State));
    }
}
