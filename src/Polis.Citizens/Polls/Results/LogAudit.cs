namespace Polis.Citizens.Polls.Results;

/// <summary>The outcome of auditing a published log against published results: agreement, or the first problem found.</summary>
public sealed record LogAudit(bool Agrees, string Summary, long? FirstBadPosition = null)
{
    public static LogAudit Disagrees(string problem, long? position = null) => new(false, problem, position);
}
