namespace Polis.Citizens.Reports.Sla;

/// <summary>
/// Due dates and standing of reports against their service level, on the city's working calendar and the current
/// time of <paramref name="clock"/>. A report is due for acknowledgement <see cref="SlaPolicy.AcknowledgeWithin"/> and
/// for a fix <see cref="SlaPolicy.FixWithin"/> of working time after it was submitted.
/// </summary>
public sealed class SlaClock(WorkingCalendar calendar, TimeProvider clock)
{
    public WorkingCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    public DateTimeOffset AcknowledgeBy(SlaPolicy policy, DateTimeOffset submittedAt)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Calendar.Add(submittedAt, policy.AcknowledgeWithin);
    }

    public DateTimeOffset FixBy(SlaPolicy policy, DateTimeOffset submittedAt)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Calendar.Add(submittedAt, policy.FixWithin);
    }

    /// <summary>
    /// Where a report submitted at <paramref name="submittedAt"/> stands now; a target is done once the report was
    /// acknowledged (<paramref name="acknowledgedAt"/>) or resolved (<paramref name="resolvedAt"/>, which acknowledges too).
    /// </summary>
    public SlaStanding Evaluate(SlaPolicy policy, DateTimeOffset submittedAt, DateTimeOffset? acknowledgedAt, DateTimeOffset? resolvedAt, EscalationLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(policy.EscalateEvery, TimeSpan.Zero);
        var now = clock.GetUtcNow();
        return new SlaStanding(
            Target(AcknowledgeBy(policy, submittedAt), acknowledgedAt ?? resolvedAt, policy, ladder, now),
            Target(FixBy(policy, submittedAt), resolvedAt, policy, ladder, now));
    }

    /// <summary>
    /// Where a report stands against a due date already set (stored at intake, so a later change of the policy does not
    /// move it): the policy gives only the due-soon window and the escalation step.
    /// </summary>
    public SlaTarget Against(DateTimeOffset due, DateTimeOffset? doneAt, SlaPolicy policy, EscalationLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(policy.EscalateEvery, TimeSpan.Zero);
        return Target(due, doneAt, policy, ladder, clock.GetUtcNow());
    }

    private SlaTarget Target(DateTimeOffset due, DateTimeOffset? doneAt, SlaPolicy policy, EscalationLadder ladder, DateTimeOffset now)
    {
        if (doneAt is { } done)
        {
            return new SlaTarget(due, done <= due ? SlaState.Met : SlaState.MetLate, TimeSpan.Zero, Calendar.Between(due, done), 0, null);
        }

        if (now <= due)
        {
            var left = Calendar.Between(now, due);
            return new SlaTarget(due, left <= policy.DueSoonWithin ? SlaState.DueSoon : SlaState.OnTrack, left, TimeSpan.Zero, 0, null);
        }

        var overdue = Calendar.Between(due, now);
        var level = 1 + (int)Math.Min(int.MaxValue - 1, overdue.Ticks / policy.EscalateEvery.Ticks);
        return new SlaTarget(due, SlaState.Overdue, TimeSpan.Zero, overdue, level, ladder.At(level));
    }
}
