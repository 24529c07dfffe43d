using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Rules;
using Polis.Platform.Rules.Runtime;
using Xunit;
using static Polis.Platform.Tests.Rules.RuleTestData;

namespace Polis.Platform.Tests.Rules.Runtime;

/// <summary>The twin's rule logic driven by a fake clock: durations, inactivity, rule changes, persistence.</summary>
public sealed class DeviceRuleSetTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeMilliseconds(T0));

    private long Now => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    [Fact]
    public void Apply_ThresholdHeldForItsDuration_RaisesWhenTheTimerComesAndClearsOnARecovery()
    {
        var set = new DeviceRuleSet(alarmUpdateIntervalMs: 0);
        set.Sync([ActiveRule.Of(Rule(Above("pm25", 35, forSeconds: 600)))], Now, null);

        Assert.Empty(set.Apply([Point("pm25", Now, 40)], Now));
        Assert.Equal(Now + Minutes(10), set.NextDueAt());

        _clock.Advance(TimeSpan.FromSeconds(599));
        Assert.Empty(set.Tick(Now));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var raised = Assert.Single(set.Tick(Now));
        Assert.Equal(RuleTransitionKind.Raise, raised.Transition.Kind);
        Assert.Equal("r1", raised.RuleId);
        Assert.Null(set.NextDueAt());

        _clock.Advance(TimeSpan.FromSeconds(30));
        var cleared = Assert.Single(set.Apply([Point("pm25", Now, 20)], Now));
        Assert.Equal(RuleTransitionKind.Clear, cleared.Transition.Kind);
    }

    [Fact]
    public void Tick_NoReadingForTheInactivityLimit_RaisesAndTheNextReadingClears()
    {
        var set = new DeviceRuleSet(alarmUpdateIntervalMs: 0);
        set.Sync([ActiveRule.Of(Rule(new InactivityCondition(300)))], Now, lastActivityAt: Now - Minutes(1));
        Assert.Equal(Now + Minutes(4), set.NextDueAt());

        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(RuleTransitionKind.Raise, Assert.Single(set.Tick(Now)).Transition.Kind);

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(RuleTransitionKind.Clear, Assert.Single(set.Apply([Point("pm25", Now, 5)], Now)).Transition.Kind);
        Assert.Equal(Now + Minutes(5), set.NextDueAt());
    }

    [Fact]
    public void Apply_ConditionKeepsHolding_UpdatesTheAlarmAtMostOncePerInterval()
    {
        var set = new DeviceRuleSet(alarmUpdateIntervalMs: Minutes(1));
        set.Sync([ActiveRule.Of(Rule(Above("pm25", 35)))], Now, null);
        Assert.Equal(RuleTransitionKind.Raise, Assert.Single(set.Apply([Point("pm25", Now, 50)], Now)).Transition.Kind);

        var updates = 0;
        for (var i = 0; i < 12; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(10));
            updates += set.Apply([Point("pm25", Now, 50 + i)], Now).Count(o => o.Transition.Kind == RuleTransitionKind.Update);
        }

        Assert.Equal(2, updates); // at 60 s and 120 s
    }

    [Fact]
    public void Sync_RuleChangedWhileItsAlarmIsOpen_ClearsAndStartsAgain()
    {
        var set = new DeviceRuleSet(0);
        set.Sync([ActiveRule.Of(Rule(Above("pm25", 35)))], Now, null);
        set.Apply([Point("pm25", Now, 50)], Now);

        var outcome = Assert.Single(set.Sync([ActiveRule.Of(Rule(Above("pm25", 60)))], Now, null));
        Assert.Equal(RuleTransitionKind.Clear, outcome.Transition.Kind);
        Assert.Equal("rule changed", outcome.Reason);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(set.Apply([Point("pm25", Now, 50)], Now));
        Assert.Single(set.Apply([Point("pm25", Now + 1, 70)], Now));
    }

    [Fact]
    public void Sync_RuleRemovedWhileItsAlarmIsOpen_ClearsIt()
    {
        var set = new DeviceRuleSet(0);
        set.Sync([ActiveRule.Of(Rule(Above("pm25", 35)))], Now, null);
        set.Apply([Point("pm25", Now, 50)], Now);

        var outcome = Assert.Single(set.Sync([], Now, null));
        Assert.Equal(("r1", RuleTransitionKind.Clear, "rule removed"), (outcome.RuleId, outcome.Transition.Kind, outcome.Reason));
        Assert.True(set.IsEmpty);
    }

    [Fact]
    public void Restore_SnapshotThroughGrainStorageJson_KeepsDurationProgressAndTheOpenAlarm()
    {
        var rule = ActiveRule.Of(Rule(Above("pm25", 35, forSeconds: 600), clear: Below("pm25", 30)));
        var first = new DeviceRuleSet(0);
        first.Sync([rule], Now, null);
        first.Apply([Point("pm25", Now, 40)], Now);
        Assert.True(first.Dirty);

        // The grain storage serializes with the web defaults; the restored twin must carry on where this one stopped.
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var json = JsonSerializer.Serialize(first.Snapshot(), web);
        Assert.False(first.Dirty);
        var saved = JsonSerializer.Deserialize<Dictionary<string, SavedRuleState>>(json, web)!;

        var second = new DeviceRuleSet(0);
        second.Restore(saved);
        Assert.Empty(second.Sync([rule], Now, null));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(RuleTransitionKind.Raise, Assert.Single(second.Tick(Now)).Transition.Kind);
    }

    [Fact]
    public void Restore_SavedStateOfAnOlderVersionOfTheRule_StartsAgainAndClearsItsAlarm()
    {
        var old = new DeviceRuleSet(0);
        old.Sync([ActiveRule.Of(Rule(Above("pm25", 35)))], Now, null);
        old.Apply([Point("pm25", Now, 50)], Now);

        var restarted = new DeviceRuleSet(0);
        restarted.Restore(old.Snapshot());
        var outcome = Assert.Single(restarted.Sync([ActiveRule.Of(Rule(Above("pm25", 45)))], Now, null));
        Assert.Equal("rule changed", outcome.Reason);
    }

    [Fact]
    public void Revert_AlarmCouldNotBeRaised_NextReadingRaisesAgain()
    {
        var set = new DeviceRuleSet(0);
        set.Sync([ActiveRule.Of(Rule(Above("pm25", 35)))], Now, null);
        var raise = Assert.Single(set.Apply([Point("pm25", Now, 50)], Now));

        set.Revert(raise);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(RuleTransitionKind.Raise, Assert.Single(set.Apply([Point("pm25", Now, 51)], Now)).Transition.Kind);
    }

    [Fact]
    public void AlarmClearedByOperator_ConditionStillHolds_NextReadingRaisesANewAlarm()
    {
        var set = new DeviceRuleSet(alarmUpdateIntervalMs: Minutes(1));
        set.Sync([ActiveRule.Of(Rule(Above("pm25", 35)))], Now, null);
        set.Apply([Point("pm25", Now, 50)], Now);

        set.AlarmClearedByOperator("r1");
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(RuleTransitionKind.Raise, Assert.Single(set.Apply([Point("pm25", Now, 51)], Now)).Transition.Kind);
    }

    [Fact]
    public void Apply_ReadingOfAKeyNoRuleUses_ChangesNothing()
    {
        var set = new DeviceRuleSet(0);
        set.Sync([ActiveRule.Of(Rule(Above("pm25", 35)))], Now, null);
        set.Snapshot();

        Assert.Empty(set.Apply([Point("no2", Now, 500)], Now));
        Assert.False(set.Dirty);
    }
}
