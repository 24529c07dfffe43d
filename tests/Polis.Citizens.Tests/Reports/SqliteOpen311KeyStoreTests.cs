using Polis.Citizens.Reports.Keys;

namespace Polis.Citizens.Tests.Reports;

/// <summary>API keys on a real SQLite file: only the hash is stored, a revoked key is no longer found.</summary>
public sealed class SqliteOpen311KeyStoreTests : IDisposable
{
    private readonly ReportsDatabase _db = new();

    [Fact]
    public async Task CreateFindRevoke_KeyNeverStored_RevokedNotFound()
    {
        var secret = Open311KeySecrets.NewKey();
        var key = new Open311ApiKey(Open311KeySecrets.NewId(), "fms", Open311KeySecrets.Hash(secret), ReportsDatabase.Start, "admin", null, null);
        await _db.Keys.CreateAsync(key);
        Assert.Equal(0, _db.Scalar($"SELECT COUNT(*) FROM citizens_open311_keys WHERE key_hash = '{secret}' OR name = '{secret}' OR id = '{secret}'"));
        Assert.Equal(key.Id, (await _db.Keys.FindActiveAsync(Open311KeySecrets.Hash(secret)))!.Id);
        Assert.Null(await _db.Keys.FindActiveAsync(Open311KeySecrets.Hash(secret + "x")));

        Assert.True(await _db.Keys.RevokeAsync(key.Id, "admin", ReportsDatabase.Start.AddDays(1)));
        Assert.Null(await _db.Keys.FindActiveAsync(Open311KeySecrets.Hash(secret)));
        Assert.Equal(ReportsDatabase.Start.AddDays(1), (await _db.Keys.ListAsync()).Single().RevokedAt);
        Assert.False(await _db.Keys.RevokeAsync("key-none", "admin", ReportsDatabase.Start));
    }

    [Fact]
    public void NewKey_HighEntropyAndDistinct()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => Open311KeySecrets.NewKey()).ToHashSet();
        Assert.Equal(100, keys.Count);
        Assert.All(keys, k => Assert.True(k.Length >= 40, k));
        Assert.Equal(64, Open311KeySecrets.Hash("x").Length);
    }

    public void Dispose() => _db.Dispose();
}
