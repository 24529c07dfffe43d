namespace Polis.Citizens.EServices.Catalogue;

/// <summary>One required document in an <see cref="EServiceBody"/>.</summary>
public sealed record AttachmentRuleBody(string? Name, string? Description, IReadOnlyList<string?>? AllowedTypes, bool? Required);
