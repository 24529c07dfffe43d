using Polis.Transit.Feeds;
using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Feeds;

/// <summary>The active network follows the store: loaded on the first poll, replaced when another feed is activated.</summary>
public sealed class TransitNetworkProviderTests : IDisposable
{
    private readonly TransitStoreFixture _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Poll_NoFeed_NullAndNoChange()
    {
        using var provider = _db.Provider();
        var changes = 0;
        provider.Changed += _ => changes++;

        await provider.PollAsync();

        Assert.Null(provider.Current);
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task Poll_FeedActivatedElsewhere_NetworkReplacedOnce()
    {
        using var provider = _db.Provider();
        var seen = new List<TransitNetwork?>();
        provider.Changed += seen.Add;
        var first = (await _db.ImportAsync(RealFeeds.Caltrain)).Version!;
        await provider.PollAsync();
        await provider.PollAsync();

        var second = (await _db.ImportAsync(RealFeeds.BullRunner)).Version!; // as polis import gtfs would, beside the server
        await provider.PollAsync();

        Assert.Equal([first.Id, second.Id], seen.Select(n => n!.FeedId));
        Assert.Equal(second.Id, provider.Current!.FeedId);
        Assert.Equal(15, provider.Current.Trips.Count);
    }

    [Fact]
    public async Task Poll_AtStart_RemovesAnImportLeftByACrash()
    {
        await using (var zip = RealFeeds.Open(RealFeeds.BullRunner))
        {
            var feed = GtfsZipReader.Read(zip, RealFeeds.Today).Feed;
            await _db.Store.AddAsync(new TransitFeedDraft("crashed.zip", new string('0', 64), null, new Dictionary<string, int>(), 0, 0, "{}"), feed);
        }

        _db.Time.Advance(_db.Options.Value.AbandonedImportAfter + TimeSpan.FromSeconds(1));
        using var provider = _db.Provider();

        await provider.PollAsync();

        Assert.Equal(0, _db.Count("transit_feeds"));
        Assert.Equal(0, _db.Count("transit_stop_times"));
        Assert.Null(provider.Current);
    }
}
