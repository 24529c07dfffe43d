namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// The outcome of reading and validating a feed, shaped like MobilityData's report.json: a summary, then the
/// notices grouped by code (errors first) with their total and the first samples. Any error refuses the feed.
/// </summary>
public sealed record GtfsValidationReport(GtfsReportSummary Summary, IReadOnlyList<GtfsNoticeGroup> Notices)
{
    public bool HasErrors => Summary.Errors > 0;

    public GtfsNoticeGroup? Find(string code) => Notices.FirstOrDefault(n => n.Code == code);
}
