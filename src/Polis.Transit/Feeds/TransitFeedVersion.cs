namespace Polis.Transit.Feeds;

/// <summary>
/// One imported feed as the store keeps it: the zip it came from (name, SHA-256), feed_info's version, the rows
/// of each file, how many warnings and infos its report has, and when it was imported and activated.
/// </summary>
public sealed record TransitFeedVersion(
    long Id,
    TransitFeedStatus Status,
    string FileName,
    string Sha256,
    string? FeedVersion,
    IReadOnlyDictionary<string, int> RowCounts,
    int Warnings,
    int Infos,
    DateTimeOffset ImportedAt,
    DateTimeOffset? ActivatedAt);
