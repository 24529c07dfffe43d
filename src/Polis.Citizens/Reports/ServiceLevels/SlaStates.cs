using Polis.Citizens.Reports.Sla;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>The queue's names of SLA states, as the API takes and writes them.</summary>
public static class SlaStates
{
    public const string OnTrack = "on_track";
    public const string DueSoon = "due_soon";
    public const string Overdue = "overdue";

    /// <summary>An open report without a due date yet (filed before service levels; the next sweep gives it one).</summary>
    public const string Unscheduled = "unscheduled";

    public static IReadOnlyList<string> Filterable { get; } = [OnTrack, DueSoon, Overdue];

    public static string Name(SlaState state) => state switch
    {
        SlaState.OnTrack => OnTrack,
        SlaState.DueSoon => DueSoon,
        SlaState.Overdue => Overdue,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "An open report is on track, due soon or overdue."),
    };
}
