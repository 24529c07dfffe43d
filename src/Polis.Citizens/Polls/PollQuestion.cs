namespace Polis.Citizens.Polls;

/// <summary>
/// A question of a poll. A single-choice question takes exactly one option; a multiple-choice one between
/// <see cref="MinSelections"/> and <see cref="MaxSelections"/> (defaults 1 and the number of options).
/// </summary>
public sealed record PollQuestion(string Id, string Text, PollQuestionKind Kind, IReadOnlyList<PollOption> Options, int? MinSelections = null, int? MaxSelections = null)
{
    /// <summary>The fewest options a ballot must select.</summary>
    public int Minimum => Kind == PollQuestionKind.SingleChoice ? 1 : MinSelections ?? 1;

    /// <summary>The most options a ballot may select.</summary>
    public int Maximum => Kind == PollQuestionKind.SingleChoice ? 1 : MaxSelections ?? Options.Count;
}
