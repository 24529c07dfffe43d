namespace Polis.Dashboard.Alarms;

public enum AlarmActionKind
{
    Acknowledge,
    Clear,
    Assign,
    Comment,
}
