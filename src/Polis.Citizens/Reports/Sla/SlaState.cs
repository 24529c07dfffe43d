namespace Polis.Citizens.Reports.Sla;

/// <summary>Where a report stands against one service-level target (acknowledge or fix).</summary>
public enum SlaState
{
    /// <summary>Not done, and more than the due-soon window of working time is left.</summary>
    OnTrack,

    /// <summary>Not done, and at most the due-soon window of working time is left.</summary>
    DueSoon,

    /// <summary>Not done, and the due date has passed: escalates.</summary>
    Overdue,

    /// <summary>Done by the due date.</summary>
    Met,

    /// <summary>Done, but after the due date.</summary>
    MetLate,
}
