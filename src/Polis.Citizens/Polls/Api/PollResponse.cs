namespace Polis.Citizens.Polls.Api;

/// <summary>A poll as the API shows it, with its status now.</summary>
public sealed record PollResponse(
    string Id,
    PollStatus Status,
    string Title,
    string? Description,
    IReadOnlyList<PollQuestion> Questions,
    PollEligibility Eligibility,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PollResponse From(Poll poll, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var d = poll.Definition;
        return new PollResponse(poll.Id, poll.StatusAt(now), d.Title, d.Description, d.Questions, d.Eligibility ?? new PollEligibility(), d.OpensAt, d.ClosesAt, poll.CreatedAt, poll.UpdatedAt);
    }
}
