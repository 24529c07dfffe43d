using Microsoft.Extensions.Time.Testing;
using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Support;
using Polis.Storage.Sqlite.Citizens;

namespace Polis.Citizens.Tests.Reports.Support;

/// <summary>"Me too" on a real SQLite file: one row per resident whatever the concurrency; duplicates' reporters count; the original's reporter never.</summary>
public sealed class ReportSupportTests : IDisposable
{
    private readonly ReportsDatabase _db = new();
    private readonly ReportSupport _support;

    public ReportSupportTests() => _support = new ReportSupport(new SqliteReportSupportStore(_db.Database), new FakeTimeProvider(ReportsDatabase.Start));

    [Fact]
    public async Task Press_FiftyConcurrentPressesOfOneResident_OneRowAndOneCount()
    {
        var original = await AddAsync("owner-1");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => _support.PressAsync(original, "resident-7"))));

        Assert.Equal(1, results.Count(r => r.Outcome == MeTooOutcome.Counted));
        Assert.All(results, r => Assert.Equal(1, r.Count));
        Assert.Equal(1, _db.Scalar($"SELECT COUNT(*) FROM citizens_report_supporters WHERE report_id = {original.Id}"));
    }

    [Fact]
    public async Task Press_OwnReportAgainAndDuplicateReporter_CountedByTheTallyRules()
    {
        var original = await AddAsync("owner-1");
        var duplicate = await AddAsync("Resident-9");
        MarkDuplicate(duplicate.Id, original.Id);

        Assert.Equal(new MeTooResult(original.Id, MeTooOutcome.OwnReport, 1), await _support.PressAsync(original, "OWNER-1"));
        Assert.Equal(new MeTooResult(original.Id, MeTooOutcome.AlreadyCounted, 1), await _support.PressAsync(original, "resident-9"));
        Assert.Equal(new MeTooResult(original.Id, MeTooOutcome.Counted, 2), await _support.PressAsync(original, "resident-3"));
        Assert.Equal(new MeTooResult(original.Id, MeTooOutcome.AlreadyCounted, 2), await _support.PressAsync(original, " Resident-3 "));

        var (tally, supporters) = await _support.TallyAsync(original);
        Assert.Equal(["resident-3", "resident-9"], tally.Supporters);
        Assert.Contains(supporters, s => s.DuplicateReportId == duplicate.Id && s.Resident == "Resident-9");
        Assert.Equal(2, (await _support.CountsAsync([original, duplicate]))[original.Id]);
        Assert.Equal(0, (await _support.CountsAsync([original, duplicate]))[duplicate.Id]);
    }

    private async Task<Report> AddAsync(string reporter) =>
        await _db.Reports.CreateAsync(ReportsDatabase.NewReport() with { ReporterUserId = reporter }, "t");

    // Marking a duplicate is the lifecycle's status change (another part); here only the column it writes matters.
    private void MarkDuplicate(long duplicateId, long originalId)
    {
        using var connection = _db.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE citizens_reports SET duplicate_of = {originalId}, status = 'duplicate', is_open = 0 WHERE id = {duplicateId}";
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    public void Dispose() => _db.Dispose();
}
