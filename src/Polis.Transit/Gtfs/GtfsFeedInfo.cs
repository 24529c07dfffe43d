namespace Polis.Transit.Gtfs;

/// <summary>The single row of feed_info.txt (optional file).</summary>
public sealed record GtfsFeedInfo(string PublisherName, string PublisherUrl, string Language, DateOnly? StartDate, DateOnly? EndDate, string? Version);
