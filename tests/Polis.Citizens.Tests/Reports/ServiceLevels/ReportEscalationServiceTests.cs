using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.ServiceLevels;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Tests.Reports.Sla;
using Polis.Platform.Alarms;

namespace Polis.Citizens.Tests.Reports.ServiceLevels;

/// <summary>
/// The escalation sweep on a real SQLite file with a fake clock, across Easter's holidays and a weekend: a graffiti
/// report made Wed 1 April 14:00 in the roads department is due Thu 9 April 14:00 (3 working days), escalates every 4
/// working hours: roads, then roads-supervisor.
/// </summary>
public sealed class ReportEscalationServiceTests : IDisposable
{
    private static readonly DateTimeOffset Made = CopenhagenCalendar.At(4, 1, 14, 2);
    private readonly ServiceLevelWorld _world = new(Made);

    [Fact]
    public async Task Sweep_AcrossHolidaysAndWeekend_EscalatesStepByStep_OneAlarm_StopsWhenFixed()
    {
        await _world.ConfigureAsync();
        var id = await FileAsync();

        // Tuesday 7 April would be past three working days without Easter's holidays: nothing yet.
        await SweepAtAsync(CopenhagenCalendar.At(4, 7, 12, 2), escalated: 0);
        await SweepAtAsync(CopenhagenCalendar.At(4, 9, 13, 2), escalated: 0);
        Assert.Equal(0, (await _world.Db.Reports.GetAsync(id))!.EscalationLevel);
        Assert.Empty(await AlarmsAsync(id));

        await SweepAtAsync(CopenhagenCalendar.At(4, 9, 15, 2), escalated: 1);
        await AssertLevelAsync(id, 1, AlarmSeverity.Minor, "roads");
        await SweepAtAsync(CopenhagenCalendar.At(4, 9, 15, 2, minute: 30), escalated: 0);

        // 2 h on Thursday + 2 h on Friday morning: one step (4 working hours) more, to the supervisor.
        await SweepAtAsync(CopenhagenCalendar.At(4, 10, 10, 2), escalated: 1);
        await AssertLevelAsync(id, 2, AlarmSeverity.Major, "roads-supervisor");

        // Friday 14:00 is 8 h overdue: level 3; the weekend adds no working time, Monday 09:30 (11.5 h) is still level 3.
        await SweepAtAsync(CopenhagenCalendar.At(4, 10, 14, 2), escalated: 1);
        await SweepAtAsync(CopenhagenCalendar.At(4, 12, 12, 2), escalated: 0);
        await SweepAtAsync(CopenhagenCalendar.At(4, 13, 9, 2, minute: 30), escalated: 0);
        await AssertLevelAsync(id, 3, AlarmSeverity.Critical, "roads-supervisor");

        var notes = (await _world.Db.Reports.ListHistoryAsync(id)).Where(h => h.Actor == ReportEscalationService.Actor).ToList();
        Assert.Equal(3, notes.Count);
        Assert.All(notes, n => Assert.False(n.Public));
        Assert.All(notes, n => Assert.Equal(n.OldStatus, n.NewStatus));
        Assert.Equal("Overdue since 2026-04-09 14:00 +02:00 (1 working hours): escalated to level 1, roads.", notes[0].Note);

        // Fixed: no more steps, the alarm is cleared once, the stored level stays as history.
        await _world.Db.Reports.ChangeAsync(new ReportChange(id, ReportStatus.Fixed, "Painted over.", true, "crew", _world.Clock.GetUtcNow()));
        _world.Clock.SetUtcNow(CopenhagenCalendar.At(4, 14, 15, 2));
        Assert.Equal(new EscalationSweep(0, 0, 1), await _world.Escalation.SweepAsync());
        Assert.Equal(new EscalationSweep(0, 0, 0), await _world.Escalation.SweepAsync());
        Assert.Equal(3, (await _world.Db.Reports.GetAsync(id))!.EscalationLevel);
        Assert.Equal(AlarmStatus.Cleared, Assert.Single(await AlarmsAsync(id)).Status);
    }

    [Fact]
    public async Task Sweep_AfterRestart_RepeatsNothing_AndAJumpIsOneStepToTheReachedLevel()
    {
        await _world.ConfigureAsync();
        var id = await FileAsync();
        await SweepAtAsync(CopenhagenCalendar.At(4, 10, 14, 2), escalated: 1);
        Assert.Equal(3, (await _world.Db.Reports.GetAsync(id))!.EscalationLevel);

        var restarted = _world.NewEscalation(_world.NewSettings());
        Assert.Equal(new EscalationSweep(0, 0, 0), await restarted.SweepAsync());
        Assert.Single(await _world.Db.Reports.ListHistoryAsync(id), h => h.Actor == ReportEscalationService.Actor);
        Assert.Equal(1, Assert.Single(await AlarmsAsync(id)).TriggerCount);
    }

    [Fact]
    public async Task Sweep_ReportFiledBeforeServiceLevels_GetsDueDatesFromWhenItWasMade()
    {
        await _world.ConfigureAsync();
        var old = await _world.Db.Reports.CreateAsync(ReportsDatabase.NewReport("graffiti", Made), "t");
        Assert.Null(old.DueAt);

        var sweep = await _world.Escalation.SweepAsync();
        Assert.Equal(1, sweep.Scheduled);
        var scheduled = await _world.Db.Reports.GetAsync(old.Id);
        Assert.Equal(CopenhagenCalendar.At(4, 9, 14, 2), scheduled!.DueAt);
        Assert.Equal(CopenhagenCalendar.At(4, 7, 14, 2), scheduled.AcknowledgeDueAt);
        Assert.Equal(0, (await _world.Escalation.SweepAsync()).Scheduled);
    }

    private async Task<long> FileAsync()
    {
        var levels = await _world.Settings.GetAsync();
        var (acknowledgeDueAt, dueAt) = levels.DueDates("graffiti", "Roads", Made);
        var report = ReportsDatabase.NewReport("graffiti", Made) with { AcknowledgeDueAt = acknowledgeDueAt, DueAt = dueAt };
        var id = (await _world.Db.Reports.CreateAsync(report, "t")).Id;
        Assert.Equal(CopenhagenCalendar.At(4, 9, 14, 2), (await _world.Db.Reports.GetAsync(id))!.DueAt);
        return id;
    }

    private async Task SweepAtAsync(DateTimeOffset now, int escalated)
    {
        _world.Clock.SetUtcNow(now);
        Assert.Equal(escalated, (await _world.Escalation.SweepAsync()).Escalated);
    }

    private async Task AssertLevelAsync(long id, int level, AlarmSeverity severity, string recipient)
    {
        Assert.Equal(level, (await _world.Db.Reports.GetAsync(id))!.EscalationLevel);
        var alarm = Assert.Single(await AlarmsAsync(id));
        Assert.Equal(severity, alarm.Severity);
        Assert.Contains($"level {level}, {recipient}", alarm.Name, StringComparison.Ordinal);
        Assert.Equal(1, _world.Db.Scalar($"SELECT count(*) FROM citizens_report_escalations WHERE report_id = {id} AND level = {level} AND recipient = '{recipient}'"));
    }

    private async Task<IReadOnlyList<Alarm>> AlarmsAsync(long id) =>
        (await _world.AlarmStore.QueryAsync(new AlarmQuery(DeviceId: ReportEscalationAlarms.SourceOf(id), RuleId: ReportEscalationAlarms.RuleId))).Items;

    public void Dispose() => _world.Dispose();
}
