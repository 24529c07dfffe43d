namespace Polis.Citizens.Polls;

/// <summary>One answer a question offers; <see cref="Id"/> is what a ballot names (a slug, stable once scheduled).</summary>
public sealed record PollOption(string Id, string Label);
