namespace Polis.Platform.Alarms;

/// <summary>Body of POST /api/v1/alarms/{id}/comments.</summary>
public sealed record CommentRequest(string? Text);
