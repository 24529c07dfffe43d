using Polis.Citizens.Polls;

namespace Polis.Citizens.Tests.Polls;

public sealed class SqlitePollStoreTests : IDisposable
{
    private readonly PollDatabase _db = new();

    [Fact]
    public async Task UpdateDraftAsync_DraftThenScheduled_OnlyTheDraftChanges()
    {
        var draft = new Poll("poll-1", SamplePolls.Definition(), PollStage.Draft, SamplePolls.OpensAt.AddDays(-2), "admin@city", SamplePolls.OpensAt.AddDays(-2), false);
        await _db.Polls.CreateAsync(draft);

        Assert.True(await _db.Polls.UpdateDraftAsync("poll-1", draft.Definition with { Title = "Renamed" }, SamplePolls.OpensAt.AddDays(-1)));
        Assert.True(await _db.Polls.ScheduleAsync("poll-1", SamplePolls.OpensAt.AddHours(-1)));
        Assert.False(await _db.Polls.UpdateDraftAsync("poll-1", draft.Definition with { Title = "Too late" }, SamplePolls.OpensAt));
        Assert.False(await _db.Polls.ScheduleAsync("poll-1", SamplePolls.OpensAt));

        var stored = (await _db.Polls.GetAsync("poll-1"))!;
        Assert.Equal("Renamed", stored.Definition.Title);
        Assert.Equal(PollStage.Scheduled, stored.Stage);
        Assert.Equal(2, stored.Definition.Questions[1].MaxSelections);
        Assert.Equal(PollQuestionKind.MultipleChoice, stored.Definition.Questions[1].Kind);
        Assert.Equal([PollStatus.Scheduled, PollStatus.Open, PollStatus.Closed],
            [stored.StatusAt(SamplePolls.OpensAt.AddTicks(-1)), stored.StatusAt(SamplePolls.OpensAt), stored.StatusAt(stored.Definition.ClosesAt)]);
    }

    [Fact]
    public async Task ListAsync_ScheduledOnly_DraftsLeftOut()
    {
        await _db.ScheduledPollAsync("poll-a");
        await _db.Polls.CreateAsync(new Poll("poll-b", SamplePolls.Definition(), PollStage.Draft, SamplePolls.OpensAt, "admin@city", SamplePolls.OpensAt, false));

        Assert.Equal(["poll-a"], (await _db.Polls.ListAsync(scheduledOnly: true)).Select(p => p.Id));
        Assert.Equal(["poll-a", "poll-b"], (await _db.Polls.ListAsync(scheduledOnly: false)).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _db.Dispose();
}
