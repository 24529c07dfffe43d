using Microsoft.Extensions.Time.Testing;
using Polis.Citizens.Reports.Sla;
using static Polis.Citizens.Tests.Reports.Sla.CopenhagenCalendar;

namespace Polis.Citizens.Tests.Reports.Sla;

public sealed class SlaClockTests
{
    // Submitted Wednesday 1 April 2026 14:00: acknowledge by Tuesday 7 April 14:00, fix by Thursday 9 April 14:00.
    private static readonly DateTimeOffset Submitted = At(4, 1, 14, 2);
    private static readonly EscalationLadder Roads = EscalationLadder.Of("roads", "roads-supervisor");
    private readonly FakeTimeProvider _clock = new(Submitted);
    private readonly SlaClock _sla;
    private readonly SlaPolicy _policy;

    public SlaClockTests()
    {
        var calendar = Create();
        _sla = new SlaClock(calendar, _clock);
        _policy = SlaPolicy.InWorkingDays(calendar, acknowledgeDays: 1, fixDays: 3, dueSoonHours: 4, escalateEveryHours: 4);
    }

    private SlaStanding Now(DateTimeOffset now, DateTimeOffset? acknowledged = null, DateTimeOffset? resolved = null)
    {
        _clock.SetUtcNow(now);
        return _sla.Evaluate(_policy, Submitted, acknowledged, resolved, Roads);
    }

    [Fact]
    public void DueDates_OneAndThreeWorkingDays_FallAfterEaster()
    {
        Assert.Equal(At(4, 7, 14, 2), _sla.AcknowledgeBy(_policy, Submitted));
        Assert.Equal(At(4, 9, 14, 2), _sla.FixBy(_policy, Submitted));
    }

    [Fact]
    public void Against_AStoredDueDate_KeepsIt_WhateverThePolicyWouldGiveNow()
    {
        // Due Monday 13 April 10:00 as stored at intake; a stricter policy saved since does not move it.
        var stricter = _policy with { FixWithin = TimeSpan.FromHours(1) };
        _clock.SetUtcNow(At(4, 13, 15, 2));
        var target = _sla.Against(At(4, 13, 10, 2), null, stricter, Roads);
        Assert.Equal((SlaState.Overdue, TimeSpan.FromHours(5), 2, "roads-supervisor"), (target.State, target.WorkingTimeOverdue, target.EscalationLevel, target.EscalateTo));
        Assert.Equal(SlaState.Met, _sla.Against(At(4, 13, 10, 2), At(4, 13, 9, 2), stricter, Roads).State);
    }

    [Fact]
    public void Evaluate_JustSubmitted_IsOnTrack()
    {
        var standing = Now(Submitted);

        Assert.Equal(SlaState.OnTrack, standing.Fix.State);
        Assert.Equal(TimeSpan.FromHours(24), standing.Fix.WorkingTimeLeft);
        Assert.Equal((0, (string?)null), (standing.Fix.EscalationLevel, standing.Fix.EscalateTo));
    }

    [Fact]
    public void Evaluate_WithinFourWorkingHoursOfDue_IsDueSoon()
    {
        Assert.Equal(SlaState.DueSoon, Now(At(4, 7, 10, 2)).Acknowledge.State);
        Assert.Equal(SlaState.OnTrack, Now(At(4, 9, 9, 2, 59)).Fix.State);
        Assert.Equal(SlaState.DueSoon, Now(At(4, 9, 10, 2)).Fix.State);
    }

    [Fact]
    public void Evaluate_Overdue_EscalatesEveryFourWorkingHoursToTheDepartmentThenItsSupervisor()
    {
        var justLate = Now(At(4, 9, 15, 2)).Fix;
        Assert.Equal((SlaState.Overdue, 1, "roads", TimeSpan.FromHours(1)), (justLate.State, justLate.EscalationLevel, justLate.EscalateTo, justLate.WorkingTimeOverdue));

        // Thursday 14–16 and Friday 08–10: four working hours overdue.
        var friday = Now(At(4, 10, 10, 2)).Fix;
        Assert.Equal((2, "roads-supervisor"), (friday.EscalationLevel, friday.EscalateTo));

        // The weekend adds no working time: still level 3 from Friday 14:00 until Monday's opening.
        Assert.Equal(3, Now(At(4, 10, 14, 2)).Fix.EscalationLevel);
        Assert.Equal(3, Now(At(4, 13, 8, 2)).Fix.EscalationLevel);

        // Monday 16:00: 2 + 8 + 8 = 18 h overdue, level 5, and the ladder tops out at the supervisor.
        var monday = Now(At(4, 13, 16, 2)).Fix;
        Assert.Equal((5, "roads-supervisor", TimeSpan.FromHours(18)), (monday.EscalationLevel, monday.EscalateTo, monday.WorkingTimeOverdue));
    }

    [Fact]
    public void Evaluate_Resolved_IsMetOrMetLateAndNeverEscalates()
    {
        var inTime = Now(At(4, 20, 9, 2), acknowledged: At(4, 2, 9, 2), resolved: At(4, 9, 14, 2));
        Assert.Equal((SlaState.Met, SlaState.Met), (inTime.Acknowledge.State, inTime.Fix.State));

        var late = Now(At(4, 20, 9, 2), resolved: At(4, 10, 9, 2));
        Assert.Equal(SlaState.MetLate, late.Acknowledge.State);
        Assert.Equal((SlaState.MetLate, 0, TimeSpan.FromHours(3)), (late.Fix.State, late.Fix.EscalationLevel, late.Fix.WorkingTimeOverdue));
    }

    [Fact]
    public void Evaluate_AcknowledgedButNotFixed_EscalatesTheFixOnly()
    {
        var standing = Now(At(4, 14, 9, 2), acknowledged: At(4, 7, 9, 2));

        Assert.Equal(SlaState.Met, standing.Acknowledge.State);
        Assert.Equal(SlaState.Overdue, standing.Fix.State);
    }

    [Fact]
    public void Evaluate_PolicyThatNeverEscalates_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _sla.Evaluate(_policy with { EscalateEvery = TimeSpan.Zero }, Submitted, null, null, Roads));

    [Fact]
    public void EscalationLadder_Levels_ClimbAndStayAtTheTop()
    {
        var ladder = new EscalationLadder(["parks", "parks-supervisor", "city-manager"]);

        Assert.Equal([null, "parks", "parks-supervisor", "city-manager", "city-manager"], Enumerable.Range(0, 5).Select(ladder.At));
        Assert.Equal(["water"], EscalationLadder.Of("water", null).Rungs);
        Assert.Throws<ArgumentException>(() => new EscalationLadder([]));
        Assert.Throws<ArgumentException>(() => new EscalationLadder(["roads", " "]));
    }

    [Fact]
    public void PolicyBook_ServiceCodeBeatsGroupBeatsDefault()
    {
        var standard = _policy;
        var urgent = _policy with { FixWithin = TimeSpan.FromHours(4) };
        var lights = _policy with { FixWithin = TimeSpan.FromHours(16) };
        var book = new SlaPolicyBook(standard, new Dictionary<string, SlaPolicy> { ["GAS-LEAK"] = urgent }, new Dictionary<string, SlaPolicy> { ["Streetlights"] = lights });

        Assert.Same(urgent, book.For("gas-leak", "Streetlights"));
        Assert.Same(lights, book.For("LIGHT-OUT", "streetlights"));
        Assert.Same(standard, book.For("POTHOLE", "Roads"));
        Assert.Same(standard, book.For(null, null));
    }
}
