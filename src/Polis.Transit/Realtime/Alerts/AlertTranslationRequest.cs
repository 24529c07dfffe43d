namespace Polis.Transit.Realtime.Alerts;

/// <summary>The alert's texts in one more language, as written in a request.</summary>
public sealed record AlertTranslationRequest(string? Language, string? Header, string? Description, string? Url);
