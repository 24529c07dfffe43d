namespace Polis.Citizens.Polls.Ballots;

/// <summary>The outcome of a resident's vote, each mapped to one HTTP answer.</summary>
public enum VoteStatus
{
    Recorded = 0,
    UnknownPoll = 1,
    NotOpen = 2,
    NotEligible = 3,
    InvalidAnswers = 4,
    AlreadyVoted = 5,
}
