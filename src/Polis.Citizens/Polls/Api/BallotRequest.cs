namespace Polis.Citizens.Polls.Api;

/// <summary>Body of <c>POST /api/v1/citizens/polls/{id}/ballots</c>: each question id with the option ids selected.</summary>
public sealed record BallotRequest(Dictionary<string, string[]>? Answers);
