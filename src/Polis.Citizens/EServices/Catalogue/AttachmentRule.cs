namespace Polis.Citizens.EServices.Catalogue;

/// <summary>
/// A document an e-service asks for: the name a submission's file part carries, the file types accepted (judged by
/// content: <see cref="AttachmentTypes"/>) and whether a submission without it is refused.
/// </summary>
public sealed record AttachmentRule(string Name, string? Description, IReadOnlyList<string> AllowedTypes, bool Required);
