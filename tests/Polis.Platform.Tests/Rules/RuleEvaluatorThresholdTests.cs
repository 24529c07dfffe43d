using Polis.Platform.Rules;
using static Polis.Platform.Tests.Rules.RuleTestData;

namespace Polis.Platform.Tests.Rules;

public sealed class RuleEvaluatorThresholdTests
{
    [Fact]
    public void Evaluate_ThresholdWithoutDuration_RaisesOnFirstReadingAndClearsWhenBroken()
    {
        var rule = Rule(Above("pm25", 35));

        var (_, transitions) = Feed(rule, RuleEvaluationState.Initial, 100,
            Point("pm25", T0, 20), Point("pm25", T0 + Minutes(1), 40), Point("pm25", T0 + Minutes(2), 30));

        Assert.Equal([RuleTransitionKind.None, RuleTransitionKind.Raise, RuleTransitionKind.Clear], transitions.Select(t => t.Kind));
        var match = Assert.Single(transitions[1].Matches);
        Assert.Equal(("condition", "threshold", "pm25", true, 40d, T0 + Minutes(1), T0 + Minutes(1)),
            (match.Path, match.Type, match.Key, match.Holds, match.Value!.Value.Number, match.ValueAt, match.Since));
        Assert.Equal(T0 + Minutes(1) + 100, transitions[1].At);
    }

    [Fact]
    public void Evaluate_ThresholdWithDuration_RaisesOnlyOnceHeldContinuously()
    {
        var rule = Rule(Above("pm25", 35, forSeconds: 600));

        var (state, transitions) = Feed(rule, RuleEvaluationState.Initial, 0,
            Point("pm25", T0, 40), Point("pm25", T0 + Minutes(5), 41), Point("pm25", T0 + Minutes(9.99), 42), Point("pm25", T0 + Minutes(10), 43));

        Assert.Equal([RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.Raise], transitions.Select(t => t.Kind));
        Assert.Equal(T0, Assert.Single(transitions[3].Matches).Since);
        Assert.True(state.AlarmActive);
        Assert.Equal(T0 + Minutes(10), state.RaisedAt);
    }

    [Fact]
    public void Evaluate_BreakingReadingInsideDuration_RestartsTheClock()
    {
        var rule = Rule(Above("pm25", 35, forSeconds: 600));

        var (state, transitions) = Feed(rule, RuleEvaluationState.Initial, 0,
            Point("pm25", T0, 40), Point("pm25", T0 + Minutes(6), 35), Point("pm25", T0 + Minutes(7), 50),
            Point("pm25", T0 + Minutes(12), 50), Point("pm25", T0 + Minutes(17), 50));

        Assert.Equal(
            [RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.Raise],
            transitions.Select(t => t.Kind));
        Assert.Equal(T0 + Minutes(7), state.HoldingSince["condition"]);
    }

    [Fact]
    public void Evaluate_RepeatedTriggersWhileActive_UpdateNotRaise()
    {
        var rule = Rule(Above("pm25", 35));

        var (state, transitions) = Feed(rule, RuleEvaluationState.Initial, 0,
            Point("pm25", T0, 40), Point("pm25", T0 + Minutes(1), 45), Point("pm25", T0 + Minutes(2), 50));

        Assert.Equal([RuleTransitionKind.Raise, RuleTransitionKind.Update, RuleTransitionKind.Update], transitions.Select(t => t.Kind));
        Assert.Equal(50, Assert.Single(transitions[2].Matches).Value!.Value.Number);
        Assert.Equal(T0, state.RaisedAt);
    }

    [Fact]
    public void EvaluateTimer_DurationCompletesWithoutNewReading_Raises()
    {
        var rule = Rule(Above("pm25", 35, forSeconds: 600));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, 0, Point("pm25", T0, 40));

        var early = RuleEvaluator.EvaluateTimer(rule, state, T0 + Minutes(9));
        var due = RuleEvaluator.NextDueAt(rule, early.State);
        var onTime = RuleEvaluator.EvaluateTimer(rule, early.State, due!.Value);

        Assert.Equal(RuleTransitionKind.None, early.Transition.Kind);
        Assert.Equal(T0 + Minutes(10), due);
        Assert.Equal(RuleTransitionKind.Raise, onTime.Transition.Kind);
        Assert.Null(RuleEvaluator.NextDueAt(rule, onTime.State));
    }

    [Fact]
    public void EvaluateTimer_DeviceClockBehind_DurationCountsServerTimeSinceArrival()
    {
        // The device clock is 5 minutes behind the server; the duration must still be 10 minutes of real time.
        var rule = Rule(Above("pm25", 35, forSeconds: 600));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, Minutes(5),
            Point("pm25", T0, 40), Point("pm25", T0 + Minutes(2), 41));
        var arrivedAt = T0 + Minutes(2) + Minutes(5);

        Assert.Equal(arrivedAt + Minutes(8), RuleEvaluator.NextDueAt(rule, state));
        Assert.Equal(RuleTransitionKind.None, RuleEvaluator.EvaluateTimer(rule, state, arrivedAt + Minutes(7.9)).Transition.Kind);
        Assert.Equal(RuleTransitionKind.Raise, RuleEvaluator.EvaluateTimer(rule, state, arrivedAt + Minutes(8)).Transition.Kind);
    }

    [Fact]
    public void Evaluate_HysteresisClear_StaysOpenQuietlyUntilClearConditionHeld()
    {
        var rule = Rule(Above("pm25", 35, forSeconds: 600), clear: Below("pm25", 30, forSeconds: 300));

        var (state, transitions) = Feed(rule, RuleEvaluationState.Initial, 0,
            Point("pm25", T0, 40), Point("pm25", T0 + Minutes(10), 40),
            Point("pm25", T0 + Minutes(11), 33), Point("pm25", T0 + Minutes(12), 29),
            Point("pm25", T0 + Minutes(14), 31), Point("pm25", T0 + Minutes(15), 28), Point("pm25", T0 + Minutes(19), 25));

        // Readings inside the band (30..35) or below 30 for less than 5 minutes neither clear nor refresh the alarm.

        Assert.Equal(
            [RuleTransitionKind.None, RuleTransitionKind.Raise, RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.None, RuleTransitionKind.None],
            transitions.Select(t => t.Kind));
        Assert.True(state.AlarmActive);
        Assert.Equal(T0 + Minutes(20), RuleEvaluator.NextDueAt(rule, state));

        var cleared = RuleEvaluator.EvaluateTimer(rule, state, T0 + Minutes(20));

        Assert.Equal(RuleTransitionKind.Clear, cleared.Transition.Kind);
        var match = Assert.Single(cleared.Transition.Matches);
        Assert.Equal(("clear.condition", true, T0 + Minutes(15)), (match.Path, match.Holds, match.Since));
        Assert.False(cleared.State.AlarmActive);
        Assert.Null(cleared.State.RaisedAt);
    }

    [Fact]
    public void Evaluate_HysteresisRetrigger_Updates()
    {
        var rule = Rule(Above("pm25", 35), clear: Below("pm25", 30));

        var (_, transitions) = Feed(rule, RuleEvaluationState.Initial, 0,
            Point("pm25", T0, 40), Point("pm25", T0 + Minutes(1), 32), Point("pm25", T0 + Minutes(2), 45), Point("pm25", T0 + Minutes(3), 29));

        Assert.Equal([RuleTransitionKind.Raise, RuleTransitionKind.None, RuleTransitionKind.Update, RuleTransitionKind.Clear], transitions.Select(t => t.Kind));
    }

    [Fact]
    public void Evaluate_StringEquality_MatchesTextReadingsOnly()
    {
        var rule = Rule(new ThresholdCondition("status", ComparisonOperator.Equal, Contracts.Telemetry.TelemetryValue.FromString("fault")));

        var raise = RuleEvaluator.Evaluate(rule, RuleEvaluationState.Initial, [new("status", T0, Contracts.Telemetry.TelemetryValue.FromString("fault"))], T0);
        var clear = RuleEvaluator.Evaluate(rule, raise.State, [new("status", T0 + 1, Contracts.Telemetry.TelemetryValue.FromString("ok"))], T0 + 1);

        Assert.Equal((RuleTransitionKind.Raise, RuleTransitionKind.Clear), (raise.Transition.Kind, clear.Transition.Kind));
    }

    [Fact]
    public void Evaluate_DisabledRule_DoesNothing()
    {
        var rule = Rule(Above("pm25", 35)) with { Enabled = false };

        var result = RuleEvaluator.Evaluate(rule, RuleEvaluationState.Initial, [Point("pm25", T0, 99)], T0);

        Assert.Equal(RuleTransitionKind.None, result.Transition.Kind);
        Assert.Same(RuleEvaluationState.Initial, result.State);
        Assert.Null(RuleEvaluator.NextDueAt(rule, RuleEvaluationState.Start(T0)));
    }
}
