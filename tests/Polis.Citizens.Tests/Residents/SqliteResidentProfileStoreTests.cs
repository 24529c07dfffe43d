using Polis.Citizens.Residents;
using Polis.Citizens.Tests.Polls;

namespace Polis.Citizens.Tests.Residents;

public sealed class SqliteResidentProfileStoreTests : IDisposable
{
    private readonly PollDatabase _db = new();

    [Fact]
    public async Task SaveGetDelete_VerifyReverifyRevoke_ProfileFollows()
    {
        var at = new DateTimeOffset(2026, 5, 1, 9, 30, 0, TimeSpan.Zero);
        await _db.Profiles.SaveAsync(new ResidentProfile("user-a", "north", new DateOnly(1990, 2, 28), at, "clerk@city"));
        await _db.Profiles.SaveAsync(new ResidentProfile("user-a", "south", new DateOnly(1990, 2, 28), at.AddDays(1), "other@city"));

        Assert.Equal(new ResidentProfile("user-a", "south", new DateOnly(1990, 2, 28), at.AddDays(1), "other@city"), await _db.Profiles.GetAsync("user-a"));
        Assert.True(await _db.Profiles.DeleteAsync("user-a"));
        Assert.Null(await _db.Profiles.GetAsync("user-a"));
        Assert.False(await _db.Profiles.DeleteAsync("user-a"));
    }

    public void Dispose() => _db.Dispose();
}
