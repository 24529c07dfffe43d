namespace Polis.Citizens.Polls;

/// <summary>Stored polls. Changes apply to drafts only: a store refuses them once a poll is scheduled.</summary>
public interface IPollStore
{
    Task CreateAsync(Poll poll, CancellationToken cancellationToken = default);

    /// <summary>Replaces a draft's definition; false when there is no such draft (unknown, or no longer a draft).</summary>
    Task<bool> UpdateDraftAsync(string id, PollDefinition definition, DateTimeOffset updatedAt, CancellationToken cancellationToken = default);

    /// <summary>Moves a draft to <see cref="PollStage.Scheduled"/>; false when there is no such draft.</summary>
    Task<bool> ScheduleAsync(string id, DateTimeOffset updatedAt, CancellationToken cancellationToken = default);

    Task<Poll?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every poll, or only scheduled ones (what residents see), newest opening first.</summary>
    Task<IReadOnlyList<Poll>> ListAsync(bool scheduledOnly, CancellationToken cancellationToken = default);
}
