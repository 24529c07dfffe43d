namespace Polis.Citizens.Polls;

/// <summary>Where a poll stands now: draft → scheduled → open → closed (by the clock) → published (results sealed).</summary>
public enum PollStatus
{
    Draft = 0,
    Scheduled = 1,
    Open = 2,
    Closed = 3,
    Published = 4,
}
