using Polis.Citizens.Polls;

namespace Polis.Dashboard.Citizens.Polls;

/// <summary>A poll as one resident sees it: its status now, whether they took part, and why they may not vote (null: they may).</summary>
public sealed record ResidentPollView(Poll Poll, PollStatus Status, bool HasVoted, string? Refusal)
{
    /// <summary>True when the ballot form should be offered: open, not yet voted, eligible.</summary>
    public bool MayVote => Status == PollStatus.Open && !HasVoted && Refusal is null;
}
