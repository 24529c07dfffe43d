using System.Globalization;
using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Support;

/// <summary>
/// "Me too" over the store with the <see cref="MeTooTally"/> rules: the count of a report is the distinct residents
/// who pressed "me too" or filed a report marked a duplicate of it, never its own reporter.
/// </summary>
public sealed class ReportSupport(IReportSupportStore store, TimeProvider clock)
{
    public async Task<(MeTooTally Tally, IReadOnlyList<ReportSupporter> Supporters)> TallyAsync(Report original, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        var supporters = await store.ListAsync([original.Id], cancellationToken);
        return (Tally(original, supporters), supporters);
    }

    /// <summary>The "me too" count of each report (for lists: two queries, whatever the number of reports).</summary>
    public async Task<IReadOnlyDictionary<long, int>> CountsAsync(IReadOnlyCollection<Report> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return new Dictionary<long, int>();
        }

        var supporters = (await store.ListAsync([.. reports.Select(r => r.Id)], cancellationToken)).ToLookup(s => s.ReportId);
        return reports.DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => Tally(r, supporters[r.Id]).Count);
    }

    /// <summary>
    /// Resident <paramref name="userId"/> says "me too" on <paramref name="original"/>. The tally decides (own report,
    /// already counted, e.g. by filing a duplicate); the store's key decides between concurrent presses.
    /// </summary>
    public async Task<MeTooResult> PressAsync(Report original, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var (tally, _) = await TallyAsync(original, cancellationToken);
        var (_, outcome) = tally.Add(userId);
        if (outcome == MeTooOutcome.Counted && !await store.AddAsync(original.Id, MeTooTally.Key(userId), clock.GetUtcNow(), cancellationToken))
        {
            outcome = MeTooOutcome.AlreadyCounted;
        }

        var (after, _) = await TallyAsync(original, cancellationToken);
        return new MeTooResult(original.Id, outcome, after.Count);
    }

    // A report with no known reporter (an anonymous Open311 post) still needs a key nobody else can have.
    private static MeTooTally Tally(Report original, IEnumerable<ReportSupporter> supporters) => new(
        original.Id.ToString(CultureInfo.InvariantCulture),
        ReportReporter.Of(original) ?? $"report:{original.Id.ToString(CultureInfo.InvariantCulture)}",
        supporters.Select(s => s.Resident));
}
