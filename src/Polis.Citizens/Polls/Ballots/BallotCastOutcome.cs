namespace Polis.Citizens.Polls.Ballots;

/// <summary>What happened to a ballot handed to the <see cref="IBallotBox"/>.</summary>
public enum BallotCastOutcome
{
    /// <summary>Participation and ballot were committed together.</summary>
    Recorded = 0,

    /// <summary>The resident had already voted in this poll: nothing was stored.</summary>
    AlreadyVoted = 1,

    /// <summary>The poll's results are sealed (it closed): nothing was stored.</summary>
    Sealed = 2,
}
