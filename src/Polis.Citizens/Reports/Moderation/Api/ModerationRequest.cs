namespace Polis.Citizens.Reports.Moderation.Api;

/// <summary>
/// A moderation act: always a <see cref="Reason"/>; for redact-text <see cref="Ranges"/> of the original description
/// and/or <see cref="Words"/> (whole words or phrases, any case); for redact-photo the <see cref="MediaId"/>.
/// </summary>
public sealed record ModerationRequest(string? Reason, IReadOnlyList<TextRange>? Ranges = null, IReadOnlyList<string>? Words = null, string? MediaId = null);
