namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// Gathers notices while a feed is read and validated: counts every occurrence, keeps the first
/// <c>maxSamplesPerCode</c> of each code, so a feed with a million bad rows still yields a small report.
/// </summary>
public sealed class GtfsNoticeCollector(int maxSamplesPerCode = GtfsNoticeCollector.DefaultMaxSamplesPerCode)
{
    public const int DefaultMaxSamplesPerCode = 50;

    private readonly Dictionary<string, Entry> _byCode = new(StringComparer.Ordinal);

    public bool HasErrors { get; private set; }

    public void Add(GtfsNoticeCode code, string message, string? file = null, long? row = null, string? field = null, string? value = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!_byCode.TryGetValue(code.Code, out var entry))
        {
            _byCode[code.Code] = entry = new Entry(code);
        }

        entry.Total++;
        if (entry.Samples.Count < maxSamplesPerCode)
        {
            entry.Samples.Add(new GtfsNoticeSample(message, file, row, field, value));
        }

        HasErrors |= code.Severity == GtfsSeverity.Error;
    }

    /// <summary>How many notices of <paramref name="code"/> were added.</summary>
    public int Count(GtfsNoticeCode code) => code is not null && _byCode.TryGetValue(code.Code, out var entry) ? entry.Total : 0;

    public GtfsValidationReport ToReport(IReadOnlyList<GtfsFileSummary> files)
    {
        var groups = _byCode.Values
            .OrderByDescending(e => e.Code.Severity)
            .ThenBy(e => e.Code.Code, StringComparer.Ordinal)
            .Select(e => new GtfsNoticeGroup(e.Code.Code, e.Code.Severity, e.Total, [.. e.Samples]))
            .ToList();
        int Total(GtfsSeverity severity) => groups.Where(g => g.Severity == severity).Sum(g => g.TotalNotices);
        return new GtfsValidationReport(new GtfsReportSummary(Total(GtfsSeverity.Error), Total(GtfsSeverity.Warning), Total(GtfsSeverity.Info), files), groups);
    }

    private sealed class Entry(GtfsNoticeCode code)
    {
        public GtfsNoticeCode Code { get; } = code;

        public int Total { get; set; }

        public List<GtfsNoticeSample> Samples { get; } = [];
    }
}
