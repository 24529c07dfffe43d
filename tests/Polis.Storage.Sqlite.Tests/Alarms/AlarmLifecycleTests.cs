using Polis.Platform.Alarms;
using Polis.Storage.Sqlite.Alarms;

namespace Polis.Storage.Sqlite.Tests.Alarms;

public sealed class AlarmLifecycleTests : IDisposable
{
    private readonly AlarmFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Raise_NewCondition_OpensUnacknowledgedAlarmWithDeviceDistrict()
    {
        await _f.AddDeviceAsync("aq-1", "harbour");

        var (alarm, created) = await _f.Service.RaiseAsync(_f.Trigger("aq-1"));

        Assert.True(created);
        Assert.Equal(AlarmStatus.ActiveUnacknowledged, alarm.Status);
        Assert.Equal("harbour", alarm.District);
        Assert.Equal("air-quality", alarm.ProfileId);
        Assert.Equal(alarm, await _f.Store.GetAsync(alarm.Id));
        Assert.Equal([(alarm.Id, AlarmChange.Raised)], _f.Observer.Changes);
    }

    [Fact]
    public async Task Raise_Repeated_UpdatesTheOneOpenAlarm()
    {
        await _f.AddDeviceAsync("aq-1", "harbour");
        var (first, _) = await _f.Service.RaiseAsync(_f.Trigger("aq-1"));
        _f.Time.Advance(TimeSpan.FromMinutes(5));

        var (second, created) = await _f.Service.RaiseAsync(_f.Trigger("aq-1", severity: AlarmSeverity.Critical, details: """{"pm25":80}"""));

        Assert.False(created);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.TriggerCount);
        Assert.Equal(AlarmSeverity.Critical, second.Severity);
        Assert.Equal(first.StartedAt, second.StartedAt);
        Assert.Equal(_f.Time.GetUtcNow(), second.LastTriggeredAt);
        Assert.Equal(1, (await _f.Store.QueryAsync(new AlarmQuery(DeviceId: "aq-1"))).Total);
    }

    [Fact]
    public async Task Raise_ConcurrentTriggers_NeverTwoOpenAlarms()
    {
        await _f.AddDeviceAsync("aq-1", "harbour");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _f.Service.RaiseAsync(_f.Trigger("aq-1")))));

        var page = await _f.Store.QueryAsync(new AlarmQuery(DeviceId: "aq-1"));
        Assert.Equal(1, page.Total);
        Assert.Equal(20, page.Items.Single().TriggerCount);
    }

    [Fact]
    public async Task Lifecycle_AckThenClear_HistoryKeptAndNewAlarmAfterClear()
    {
        await _f.AddDeviceAsync("aq-1", "harbour");
        var (alarm, _) = await _f.Service.RaiseAsync(_f.Trigger("aq-1"));

        var acked = await _f.Service.AcknowledgeAsync(alarm.Id, "ops@city");
        var assigned = await _f.Service.AssignAsync(alarm.Id, "crew-7", "ops@city");
        var comment = await _f.Service.CommentAsync(alarm.Id, "Crew on the way", "ops@city");
        var cleared = await _f.Service.ClearForRuleAsync("aq-1", "pm25-high");

        Assert.Equal(AlarmStatus.ActiveAcknowledged, acked!.Status);
        Assert.Equal("ops@city", acked.AcknowledgedBy);
        Assert.Equal("crew-7", assigned!.Assignee);
        Assert.NotNull(comment);
        Assert.Equal(AlarmStatus.Cleared, cleared!.Status);
        Assert.Equal(AlarmService.RuleActor, cleared.ClearedBy);
        var history = await _f.Store.GetHistoryAsync(alarm.Id);
        Assert.Equal(["raised", "acknowledged", "assigned", "comment", "cleared"], history.Select(h => h.Kind));
        Assert.Equal("Crew on the way", history.Single(h => h.Kind == "comment").Text);

        var (next, created) = await _f.Service.RaiseAsync(_f.Trigger("aq-1"));
        Assert.True(created);
        Assert.NotEqual(alarm.Id, next.Id);
        Assert.Equal(AlarmStatus.Cleared, (await _f.Store.GetAsync(alarm.Id))!.Status);
    }

    [Fact]
    public async Task Acknowledge_Twice_IdempotentAndUnknownIsNull()
    {
        await _f.AddDeviceAsync("aq-1", "harbour");
        var (alarm, _) = await _f.Service.RaiseAsync(_f.Trigger("aq-1"));

        var first = await _f.Service.AcknowledgeAsync(alarm.Id, "a");
        var second = await _f.Service.AcknowledgeAsync(alarm.Id, "b");

        Assert.Equal(first, second);
        Assert.Equal("a", second!.AcknowledgedBy);
        Assert.Null(await _f.Service.AcknowledgeAsync(Guid.NewGuid(), "a"));
    }

    [Fact]
    public async Task Escalation_UnacknowledgedPastThresholds_SeverityClimbsOncePerLevel()
    {
        await _f.AddDeviceAsync("aq-1", "harbour");
        await _f.AddDeviceAsync("aq-2", "hills");
        var (waiting, _) = await _f.Service.RaiseAsync(_f.Trigger("aq-1", severity: AlarmSeverity.Minor));
        var (handled, _) = await _f.Service.RaiseAsync(_f.Trigger("aq-2", severity: AlarmSeverity.Minor));
        await _f.Service.AcknowledgeAsync(handled.Id, "ops");
        var escalation = _f.Escalation(TimeSpan.FromMinutes(30), max: 2);

        Assert.Equal(0, await escalation.EscalateDueAsync());
        _f.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await escalation.EscalateDueAsync());
        Assert.Equal(0, await escalation.EscalateDueAsync());
        var once = await _f.Store.GetAsync(waiting.Id);
        _f.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await escalation.EscalateDueAsync());
        _f.Time.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await escalation.EscalateDueAsync());

        Assert.Equal((1, AlarmSeverity.Major), (once!.EscalationLevel, once.Severity));
        var twice = await _f.Store.GetAsync(waiting.Id);
        Assert.Equal((2, AlarmSeverity.Critical), (twice!.EscalationLevel, twice.Severity));
        Assert.Equal(AlarmSeverity.Minor, (await _f.Store.GetAsync(handled.Id))!.Severity);
    }

    [Fact]
    public async Task Query_FiltersAndDistrictSummary_PropagateToDistricts()
    {
        await _f.AddDeviceAsync("aq-1", "harbour");
        await _f.AddDeviceAsync("aq-2", "harbour");
        await _f.AddDeviceAsync("aq-3", "hills");
        await _f.Service.RaiseAsync(_f.Trigger("aq-1", severity: AlarmSeverity.Critical));
        var (acked, _) = await _f.Service.RaiseAsync(_f.Trigger("aq-2", severity: AlarmSeverity.Critical));
        await _f.Service.AcknowledgeAsync(acked.Id, "ops");
        var (cleared, _) = await _f.Service.RaiseAsync(_f.Trigger("aq-3", severity: AlarmSeverity.Warning));
        await _f.Service.ClearAsync(cleared.Id, "ops");

        var harbourCritical = await _f.Store.QueryAsync(new AlarmQuery(Severities: [AlarmSeverity.Critical], District: "harbour"));
        var open = await _f.Store.QueryAsync(new AlarmQuery(Statuses: [AlarmStatus.ActiveUnacknowledged, AlarmStatus.ActiveAcknowledged]));
        var summary = await _f.Store.CountOpenByDistrictAsync();

        Assert.Equal(2, harbourCritical.Total);
        Assert.Equal(2, open.Total);
        Assert.Equal([new DistrictAlarmCount("harbour", AlarmSeverity.Critical, 2, 1)], summary);
    }

    [Fact]
    public async Task Alarms_SurviveReopeningTheDatabase()
    {
        await _f.AddDeviceAsync("aq-1", "harbour");
        var (alarm, _) = await _f.Service.RaiseAsync(_f.Trigger("aq-1"));

        var reopened = new SqliteAlarmStore(new SqliteDatabase(_f.Database.FilePath));

        Assert.Equal(alarm, await reopened.FindOpenAsync("aq-1", "pm25-high"));
    }
}
