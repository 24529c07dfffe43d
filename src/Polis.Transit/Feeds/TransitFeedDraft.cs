namespace Polis.Transit.Feeds;

/// <summary>What the store records about a feed it is about to write (the rows come with it as a <see cref="Gtfs.GtfsFeed"/>).</summary>
public sealed record TransitFeedDraft(string FileName, string Sha256, string? FeedVersion, IReadOnlyDictionary<string, int> RowCounts, int Warnings, int Infos, string ReportJson);
