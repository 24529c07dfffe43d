namespace Polis.Platform.Commands;

/// <summary>One step in a persistent command's history: the status it entered, when (Unix ms), and why.</summary>
public sealed record CommandTransition(CommandStatus Status, long At, string? Detail);
