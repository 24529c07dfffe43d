using System.Collections.Immutable;

namespace Polis.Citizens.Reports.Moderation;

/// <summary>
/// A report as moderation sees it. The original description and every photo are kept; what the public sees is derived:
/// the description with redacted ranges replaced, the photos not redacted, nothing at all while hidden.
/// </summary>
public sealed record ModeratedReport(string Id, string Description, IReadOnlyList<string> PhotoIds)
{
    public bool Hidden { get; init; }

    /// <summary>The redacted ranges of <see cref="Description"/>, merged and sorted.</summary>
    public IReadOnlyList<TextRange> Redactions { get; init; } = [];

    public ImmutableSortedSet<string> RedactedPhotos { get; init; } = [];

    public ImmutableList<ModerationAct> Acts { get; init; } = [];

    /// <summary>The description the public sees.</summary>
    public string PublicDescription => TextRedactor.Apply(Description, Redactions);

    /// <summary>The photos the public sees, in upload order.</summary>
    public IReadOnlyList<string> PublicPhotoIds => [.. PhotoIds.Where(p => !RedactedPhotos.Contains(p))];
}
