using Polis.Citizens.Polls.Ballots;

namespace Polis.Citizens.Polls.Results;

/// <summary>A closed poll's public record: its sealed results and its ballot log with small districts suppressed.</summary>
public sealed record PublishedPoll(Poll Poll, PollResults Results, BallotLog Log);
