using System.Security.Claims;
using Polis.Metering.Residents;

namespace Polis.Metering.Tests.Residents;

/// <summary>Resident ↔ account links in a real SQLite file, and what a resident can reach through them.</summary>
public sealed class ResidentAccessTests : IDisposable
{
    private readonly MeteringDatabase _db = new();

    private Polis.Storage.Sqlite.Metering.SqliteResidentAccountStore Links => new(_db.Database);

    [Fact]
    public async Task LinkAsync_TwiceAndToASecondAccount_FirstLinkKeptResidentSeesBoth()
    {
        await _db.AccountAsync("acct-1");
        await _db.AccountAsync("acct-2");
        var at = _db.Time.GetUtcNow();

        Assert.True(await Links.LinkAsync(new ResidentLink("acct-1", "user-a", at, "op@city")));
        Assert.False(await Links.LinkAsync(new ResidentLink("acct-1", "user-a", at.AddHours(1), "other@city")));
        Assert.True(await Links.LinkAsync(new ResidentLink("acct-2", "user-a", at, "op@city")));

        Assert.Equal([new ResidentLink("acct-1", "user-a", at, "op@city")], await Links.ListResidentsAsync("acct-1"));
        Assert.Equal(["acct-1", "acct-2"], await Links.ListAccountIdsAsync("user-a"));
        Assert.Equal(["acct-1", "acct-2"], (await Access().AccountsAsync(Resident("user-a"))).Select(a => a.Id));
    }

    [Fact]
    public async Task LinkAsync_UnknownAccount_RefusedNothingStored()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Links.LinkAsync(new ResidentLink("ghost", "user-a", _db.Time.GetUtcNow(), "op@city")));

        Assert.Empty(await Links.ListAccountIdsAsync("user-a"));
    }

    [Fact]
    public async Task ServicePointAsync_OwnOtherHouseholdsAndUnknown_OnlyOwnFound()
    {
        await _db.AccountAsync("acct-1");
        await _db.AccountAsync("acct-2");
        await _db.ServicePointAsync("sp-1", "acct-1");
        await _db.ServicePointAsync("sp-2", "acct-2");
        await Links.LinkAsync(new ResidentLink("acct-1", "user-a", _db.Time.GetUtcNow(), "op@city"));

        Assert.Equal("sp-1", (await Access().ServicePointAsync(Resident("user-a"), "sp-1"))?.Id);
        Assert.Null(await Access().ServicePointAsync(Resident("user-a"), "sp-2"));
        Assert.Null(await Access().ServicePointAsync(Resident("user-a"), "sp-none"));
        Assert.Null(await Access().ServicePointAsync(Resident("user-b"), "sp-1"));
        Assert.Null(await Access().ServicePointAsync(new ClaimsPrincipal(new ClaimsIdentity()), "sp-1"));
    }

    [Fact]
    public async Task UnlinkAndDeleteAccount_LinksGone()
    {
        await _db.AccountAsync("acct-1");
        await _db.AccountAsync("acct-2");
        await Links.LinkAsync(new ResidentLink("acct-1", "user-a", _db.Time.GetUtcNow(), "op@city"));
        await Links.LinkAsync(new ResidentLink("acct-2", "user-a", _db.Time.GetUtcNow(), "op@city"));

        Assert.True(await Links.UnlinkAsync("acct-1", "user-a"));
        Assert.False(await Links.UnlinkAsync("acct-1", "user-a"));
        Assert.Equal(Polis.Metering.Meters.RegistryDeletion.Deleted, await _db.Accounts.DeleteAsync("acct-2"));

        Assert.Empty(await Links.ListAccountIdsAsync("user-a"));
    }

    private ResidentAccess Access() => new(Links, _db.Accounts, _db.ServicePoints);

    private static ClaimsPrincipal Resident(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, "resident")], "test"));

    public void Dispose() => _db.Dispose();
}
