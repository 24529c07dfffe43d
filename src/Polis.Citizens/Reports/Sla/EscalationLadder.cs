namespace Polis.Citizens.Reports.Sla;

/// <summary>
/// Who hears of an overdue report, by escalation level: level 1 the first rung (the responsible department), level 2
/// the next (its supervisor), and so on; levels beyond the top stay with the top rung.
/// </summary>
public sealed record EscalationLadder
{
    public EscalationLadder(IReadOnlyList<string> rungs)
    {
        ArgumentNullException.ThrowIfNull(rungs);
        if (rungs.Count == 0 || rungs.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An escalation ladder needs at least one rung, and no blank ones.", nameof(rungs));
        }

        Rungs = [.. rungs];
    }

    public IReadOnlyList<string> Rungs { get; }

    /// <summary>The ladder of a department: the department, then its supervisor when it has one.</summary>
    public static EscalationLadder Of(string department, string? supervisor) =>
        new(supervisor is null ? [department] : [department, supervisor]);

    /// <summary>Who is told at <paramref name="level"/> (1 and up); null at level 0 (nothing to escalate).</summary>
    public string? At(int level) => level <= 0 ? null : Rungs[Math.Min(level, Rungs.Count) - 1];
}
