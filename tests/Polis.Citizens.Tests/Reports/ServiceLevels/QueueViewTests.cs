using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.ServiceLevels;
using Polis.Citizens.Tests.Reports.Sla;

namespace Polis.Citizens.Tests.Reports.ServiceLevels;

/// <summary>
/// The operators' queue from a real SQLite file at Thursday 9 April 15:00: a department's open reports, overdue first,
/// then by due date, unscheduled last, each with its SLA state on the working calendar; counts per department.
/// </summary>
public sealed class QueueViewTests : IDisposable
{
    private readonly ServiceLevelWorld _world = new(CopenhagenCalendar.At(4, 9, 15, 2));

    [Fact]
    public async Task Items_OverdueFirstThenByDueDate_StatesOnTheWorkingCalendar_OtherDepartmentsAndClosedLeftOut()
    {
        await _world.ConfigureAsync();
        var overdue = await FileAsync("roads", CopenhagenCalendar.At(4, 9, 14, 2), escalationLevel: 1);
        var moreOverdue = await FileAsync("roads", CopenhagenCalendar.At(4, 9, 10, 2));
        var dueSoon = await FileAsync("roads", CopenhagenCalendar.At(4, 10, 10, 2));
        var onTrack = await FileAsync("roads", CopenhagenCalendar.At(4, 14, 14, 2));
        var unscheduled = await FileAsync("roads", null);
        await FileAsync("roads", CopenhagenCalendar.At(4, 8, 10, 2), ReportStatus.Fixed);
        await FileAsync("parks", CopenhagenCalendar.At(4, 8, 10, 2));

        var queue = await QueueAsync();
        var items = queue.Items(await _world.Reports.ListOpenAsync("roads"));
        Assert.Equal([moreOverdue, overdue, dueSoon, onTrack, unscheduled], items.Select(i => i.Id));
        Assert.Equal([SlaStates.Overdue, SlaStates.Overdue, SlaStates.DueSoon, SlaStates.OnTrack, SlaStates.Unscheduled], items.Select(i => i.Sla));

        // 1 h on Thursday and 2 h on Friday left; 1 h overdue (14:00 to 15:00), escalated once to the department.
        var soon = items.Single(i => i.Id == dueSoon);
        Assert.Equal(3, soon.WorkingHoursLeft);
        var first = items.Single(i => i.Id == overdue);
        Assert.Equal((1, 1, "roads"), (first.WorkingHoursOverdue, first.EscalationLevel, first.EscalatedTo));
        Assert.Null(items.Single(i => i.Id == moreOverdue).EscalatedTo);
    }

    [Fact]
    public async Task Summarise_CountsPerDepartment()
    {
        await _world.ConfigureAsync();
        await FileAsync("roads", CopenhagenCalendar.At(4, 9, 14, 2));
        await FileAsync("roads", CopenhagenCalendar.At(4, 14, 14, 2));
        await FileAsync("parks", CopenhagenCalendar.At(4, 10, 10, 2));
        await FileAsync("parks", null);
        await FileAsync("parks", CopenhagenCalendar.At(4, 8, 10, 2), ReportStatus.Closed);

        var queue = await QueueAsync();
        var summary = QueueView.Summarise(queue.Items(await _world.Reports.ListOpenAsync(null)), "service-desk");
        Assert.Equal(
            [new QueueSummary("parks", 2, 0, 1, 0, 1), new QueueSummary("roads", 2, 1, 0, 1, 0)],
            summary);
    }

    private async Task<QueueView> QueueAsync() =>
        new(await _world.Settings.GetAsync(), new Dictionary<string, string?> { ["graffiti"] = "Cleaning" }, _world.Clock);

    private async Task<long> FileAsync(string department, DateTimeOffset? dueAt, ReportStatus status = ReportStatus.Submitted, int escalationLevel = 0)
    {
        var report = ReportsDatabase.NewReport("graffiti", CopenhagenCalendar.At(4, 1, 14, 2), status) with
        {
            Department = department, DueAt = dueAt, AcknowledgeDueAt = dueAt, EscalationLevel = escalationLevel,
        };
        return (await _world.Db.Reports.CreateAsync(report, "t")).Id;
    }

    public void Dispose() => _world.Dispose();
}
