using Microsoft.Extensions.Time.Testing;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Store;
using Polis.Storage.Sqlite.Citizens;

namespace Polis.Citizens.Tests.Reports.Moderation;

/// <summary>Moderation state on a real SQLite file: round trip, acts in order, withheld photos, originals untouched, one winner between moderators.</summary>
public sealed class SqliteReportModerationStoreTests : IDisposable
{
    private readonly ReportsDatabase _db = new();
    private readonly SqliteReportModerationStore _store;
    private readonly ModerationDesk _desk;

    public SqliteReportModerationStoreTests()
    {
        _store = new SqliteReportModerationStore(_db.Database);
        _desk = new ModerationDesk(new ReportModeration(new FakeTimeProvider(ReportsDatabase.Start)), _store);
    }

    [Fact]
    public async Task Acts_RoundTrip_StateActsAndWithheldPhotoWhileTheReportRowIsUnchanged()
    {
        var report = await AddAsync("Call Jensen at 20 30 40 50 about the hole.");
        Assert.NotNull((await _desk.ApplyAsync(report, m => _desk.Rules.RedactWords(m, ["jensen", "20 30 40 50"], "mod-a", "Personal data"))).Report);
        Assert.NotNull((await _desk.ApplyAsync(report, m => _desk.Rules.RedactPhoto(m, "photo-1", "mod-b", "Face visible"))).Report);

        var loaded = await _desk.LoadAsync(report);
        Assert.Equal("Call [redacted] at [redacted] about the hole.", loaded.PublicDescription);
        Assert.Equal([new TextRange(5, 6), new TextRange(15, 11)], loaded.Redactions);
        Assert.Equal(["photo-1"], loaded.RedactedPhotos);
        Assert.Equal([ModerationActKind.RedactText, ModerationActKind.RedactPhoto], loaded.Acts.Select(a => a.Kind));
        Assert.Equal(("mod-b", "Face visible", "photo-1", ReportsDatabase.Start), (loaded.Acts[1].Moderator, loaded.Acts[1].Reason, loaded.Acts[1].Detail, loaded.Acts[1].At));
        Assert.True(await _store.IsWithheldAsync("photo-1"));
        Assert.False(await _store.IsWithheldAsync("photo-2"));

        var stored = await _db.Reports.GetAsync(report.Id);
        Assert.Equal("Call Jensen at 20 30 40 50 about the hole.", stored!.Description);
        Assert.Equal(report.MediaUrl, stored.MediaUrl);
    }

    [Fact]
    public async Task Hide_WithholdsEveryPhotoUntilUnhidden()
    {
        var report = await AddAsync("A hole");
        await _desk.ApplyAsync(report, m => _desk.Rules.Hide(m, "mod-a", "Abusive"));
        Assert.True((await _store.GetAsync(report.Id))!.Hidden);
        Assert.True(await _store.IsWithheldAsync("photo-1"));

        await _desk.ApplyAsync(report, m => _desk.Rules.Unhide(m, "mod-a", "Reviewed"));
        Assert.False((await _store.GetAsync(report.Id))!.Hidden);
        Assert.False(await _store.IsWithheldAsync("photo-1"));
        Assert.Equal(2, (await _store.ListActsAsync(report.Id)).Count);
    }

    [Fact]
    public async Task Save_StaleVersion_RefusedAndNothingWritten()
    {
        var report = await AddAsync("A hole");
        var act = new ModerationAct(ModerationActKind.Hide, "mod-a", ReportsDatabase.Start, "Abusive");
        var hidden = new StoredModeration(true, [], [], 1);
        Assert.True(await _store.SaveAsync(report.Id, 0, hidden, act, []));
        Assert.False(await _store.SaveAsync(report.Id, 0, hidden, act, []));
        Assert.Equal(1, _db.Scalar("SELECT COUNT(*) FROM citizens_report_moderation_acts"));
    }

    [Fact]
    public async Task Hide_TwoModeratorsAtOnce_OneHideAndOneUnchanged()
    {
        var report = await AddAsync("A hole");
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => _desk.ApplyAsync(report, m => _desk.Rules.Hide(m, $"mod-{i}", "Abusive")))));
        Assert.Single(outcomes, o => o.Report is not null);
        Assert.All(outcomes.Where(o => o.Report is null), o => Assert.True(o.Refusal == ModerationRefusal.Unchanged || o.Conflict));
        Assert.Single(await _store.ListActsAsync(report.Id));
    }

    private async Task<Report> AddAsync(string description) =>
        await _db.Reports.CreateAsync(ReportsDatabase.NewReport() with { Description = description, MediaUrl = "http://polis.test/open311/v2/media/photo-1" }, "t");

    public void Dispose() => _db.Dispose();
}
