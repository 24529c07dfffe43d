namespace Polis.Citizens.Polls;

/// <summary>What an administrator writes: the editable part of a poll (only while it is a draft).</summary>
public sealed record PollDefinition(
    string Title,
    string? Description,
    IReadOnlyList<PollQuestion> Questions,
    PollEligibility? Eligibility,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt);
