namespace Polis.Platform.Commands.Groups;

public enum GroupCommandStatus
{
    Running,
    Completed,
    Cancelled,
}
