namespace Polis.Transit.Gtfs.Validation;

/// <summary>Every notice of one code: how many there were and the first few of them.</summary>
public sealed record GtfsNoticeGroup(string Code, GtfsSeverity Severity, int TotalNotices, IReadOnlyList<GtfsNoticeSample> SampleNotices);
