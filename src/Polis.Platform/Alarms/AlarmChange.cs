namespace Polis.Platform.Alarms;

/// <summary>What happened to an alarm, for live views and notifications.</summary>
public enum AlarmChange
{
    Raised,
    Updated,
    Acknowledged,
    Cleared,
    Assigned,
    Commented,
    Escalated,
}
