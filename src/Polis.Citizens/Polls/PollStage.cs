namespace Polis.Citizens.Polls;

/// <summary>
/// The stored stage of a poll; the clock refines <see cref="Scheduled"/> into scheduled, open or closed
/// (<see cref="PollStatus"/>). Only drafts are editable.
/// </summary>
public enum PollStage
{
    Draft = 0,
    Scheduled = 1,
}
