using Polis.Citizens.Polls;

namespace Polis.Dashboard.Citizens.Polls;

/// <summary>One question as typed on the poll page: its text, single or multiple choice, options one per line.</summary>
public sealed class QuestionDraft
{
    public string Text { get; set; } = "";

    public bool MultipleChoice { get; set; }

    public string Options { get; set; } = "";

    public int? MaxSelections { get; set; }

    public PollQuestion ToQuestion(int index)
    {
        var labels = Options.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var options = labels.Select((label, i) => new PollOption(PollDraftForm.Slug(label, $"option-{i + 1}"), label)).ToList();
        var kind = MultipleChoice ? PollQuestionKind.MultipleChoice : PollQuestionKind.SingleChoice;
        return new PollQuestion(PollDraftForm.Slug(Text, $"question-{index + 1}"), Text.Trim(), kind, options, MaxSelections: MultipleChoice ? MaxSelections : null);
    }
}
