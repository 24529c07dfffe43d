namespace Polis.Citizens.EServices.Api;

/// <summary>Body of POST .../{id}/comments: a comment, internal unless <c>public: true</c>.</summary>
public sealed record CommentRequest(string? Text, bool? Public);
