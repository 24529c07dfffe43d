using Polis.Citizens.Reports.Lifecycle;
using Polis.Platform.Devices;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>
/// Finds the open reports a new report may repeat: same service code, still open, submitted within the service's
/// window before the new one and within its radius. Candidates come nearest first, then oldest, then by id, so the
/// original (the first) is the same whatever order the store returns them in.
/// </summary>
public sealed class DuplicateFinder(DuplicateRules rules)
{
    public DuplicateRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <summary>The candidates for a report of <paramref name="serviceCode"/> at <paramref name="location"/> submitted at <paramref name="submittedAt"/>.</summary>
    public IReadOnlyList<DuplicateCandidate> Candidates(string serviceCode, GeoPoint location, DateTimeOffset submittedAt, IEnumerable<LocatedReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var rule = Rules.For(serviceCode);
        var since = submittedAt.AddDays(-rule.WindowDays);
        return
        [
            .. reports
                .Where(r => ReportStatuses.IsOpen(r.Status)
                    && string.Equals(r.ServiceCode, serviceCode, StringComparison.OrdinalIgnoreCase)
                    && r.SubmittedAt >= since && r.SubmittedAt <= submittedAt)
                .Select(r => new DuplicateCandidate(r, GreatCircle.Metres(location, r.Location)))
                .Where(c => c.DistanceMetres <= rule.RadiusMetres)
                .OrderBy(c => c.DistanceMetres)
                .ThenBy(c => c.Report.SubmittedAt)
                .ThenBy(c => c.Report.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>The report a new one most likely repeats (nearest, then oldest), or null when it is new.</summary>
    public LocatedReport? Original(string serviceCode, GeoPoint location, DateTimeOffset submittedAt, IEnumerable<LocatedReport> reports) =>
        Candidates(serviceCode, location, submittedAt, reports) is [var nearest, ..] ? nearest.Report : null;
}
