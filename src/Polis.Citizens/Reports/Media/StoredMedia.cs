namespace Polis.Citizens.Reports.Media;

/// <summary>An accepted photo.</summary>
public sealed record StoredMedia(string Id, string ContentType, byte[] Content, DateTimeOffset CreatedAt);
