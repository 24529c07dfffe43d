namespace Polis.Transit.Realtime.Alerts;

/// <summary>The alert's texts in one more language (BCP-47 tag); a text left null falls back to the default one.</summary>
public sealed record AlertTranslation(string Language, string? Header, string? Description, string? Url);
