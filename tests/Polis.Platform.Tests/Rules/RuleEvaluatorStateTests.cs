using System.Text.Json;
using Polis.Platform.Rules;
using static Polis.Platform.Tests.Rules.RuleTestData;

namespace Polis.Platform.Tests.Rules;

public sealed class RuleEvaluatorStateTests
{
    [Fact]
    public void Evaluate_LateReading_CountsAsActivityButChangesNoCondition()
    {
        var rule = Rule(new AllCondition([Above("pm25", 35, forSeconds: 600), new InactivityCondition(60, "pm25")]));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, 0, Point("pm25", T0, 40), Point("pm25", T0 + Minutes(5), 41));

        var late = RuleEvaluator.Evaluate(rule, state, [Point("pm25", T0 + Minutes(2), 10)], T0 + Minutes(6));

        Assert.Equal(RuleTransitionKind.None, late.Transition.Kind);
        Assert.Equal(T0, late.State.HoldingSince["condition.conditions[0]"]);
        var key = late.State.Keys["pm25"];
        Assert.Equal((T0 + Minutes(5), 41d, T0 + Minutes(5), T0 + Minutes(6)), (key.Timestamp, key.Value.Number, key.ReceivedAt, key.SeenAt));
    }

    [Fact]
    public void Evaluate_DuplicateTimestamp_Ignored()
    {
        var rule = Rule(Above("pm25", 35));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, 0, Point("pm25", T0, 40));

        var duplicate = RuleEvaluator.Evaluate(rule, state, [Point("pm25", T0, 10)], T0 + 1000);

        Assert.Equal(RuleTransitionKind.None, duplicate.Transition.Kind);
        Assert.True(duplicate.State.AlarmActive);
    }

    [Fact]
    public void Evaluate_UnsortedBatch_AppliedInTimestampOrder()
    {
        var rule = Rule(Above("pm25", 35, forSeconds: 600));

        var result = RuleEvaluator.Evaluate(rule, RuleEvaluationState.Initial,
            [Point("pm25", T0 + Minutes(10), 45), Point("pm25", T0, 40), Point("pm25", T0 + Minutes(5), 42)], T0 + Minutes(11));

        Assert.Equal(RuleTransitionKind.Raise, result.Transition.Kind);
        Assert.Equal(45, result.State.Keys["pm25"].Value.Number);
    }

    [Fact]
    public void Evaluate_BatchOfOtherKeys_ReturnsSameState()
    {
        var rule = Rule(Above("pm25", 35));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, 0, Point("pm25", T0, 20));

        var result = RuleEvaluator.Evaluate(rule, state, [Point("humidity", T0 + 1000, 80)], T0 + 1000);

        Assert.Same(state, result.State);
        Assert.Equal(RuleTransitionKind.None, result.Transition.Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void State_JsonRoundTrip_EvaluatesTheSame(bool grainStorageOptions)
    {
        // The grain storage writes state with the web defaults; plain defaults must work as well.
        var options = grainStorageOptions ? new JsonSerializerOptions(JsonSerializerDefaults.Web) : JsonSerializerOptions.Default;
        var rule = Rule(new AnyCondition([Above("pm25", 35, forSeconds: 600), new InactivityCondition(900)]), clear: Below("pm25", 30, forSeconds: 300));
        var (state, _) = Feed(rule, RuleEvaluationState.Initial, Seconds(2),
            Point("pm25", T0, 40), Point("pm25", T0 + Minutes(10), 41), Point("pm25", T0 + Minutes(11), 20));

        var restored = JsonSerializer.Deserialize<RuleEvaluationState>(JsonSerializer.Serialize(state, options), options)!;

        Assert.Equal((state.StartedAt, state.EvaluatedAt, state.AlarmActive, state.RaisedAt, state.LastSeenAt),
            (restored.StartedAt, restored.EvaluatedAt, restored.AlarmActive, restored.RaisedAt, restored.LastSeenAt));
        Assert.Equal(state.Keys.OrderBy(k => k.Key), restored.Keys.OrderBy(k => k.Key));
        Assert.Equal(state.HoldingSince.OrderBy(k => k.Key), restored.HoldingSince.OrderBy(k => k.Key));
        Assert.Equal(RuleEvaluator.NextDueAt(rule, state), RuleEvaluator.NextDueAt(rule, restored));
        var due = RuleEvaluator.NextDueAt(rule, restored)!.Value;
        Assert.Equal(RuleTransitionKind.Clear, RuleEvaluator.EvaluateTimer(rule, restored, due).Transition.Kind);
    }

    [Fact]
    public void State_Initial_SerializesSmall()
    {
        var json = JsonSerializer.Serialize(RuleEvaluationState.Initial);

        Assert.True(json.Length < 200, json);
        Assert.False(JsonSerializer.Deserialize<RuleEvaluationState>(json)!.AlarmActive);
    }
}
