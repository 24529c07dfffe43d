namespace Polis.Citizens.Polls;

/// <summary>How many options a question takes: exactly one, or a range of them. Serialised as "single-choice" / "multiple-choice".</summary>
public enum PollQuestionKind
{
    SingleChoice = 0,
    MultipleChoice = 1,
}
