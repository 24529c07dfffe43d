namespace Polis.Citizens.Polls.Ballots;

/// <summary>Checks a ballot's answers against its poll: every question answered, known options only, within the selection bounds.</summary>
public static class AnswerValidator
{
    /// <summary>Field errors (keyed <c>answers.&lt;question&gt;</c>); empty when the answers are valid.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<PollQuestion> questions, IReadOnlyDictionary<string, IReadOnlyList<string>>? answers)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (answers is null)
        {
            errors["answers"] = ["answers maps each question id to the option ids selected."];
            return errors;
        }

        foreach (var unknown in answers.Keys.Where(k => questions.All(q => q.Id != k)))
        {
            errors[$"answers.{unknown}"] = [$"The poll has no question '{unknown}'."];
        }

        foreach (var question in questions)
        {
            if (Refusal(question, answers.GetValueOrDefault(question.Id)) is { } refusal)
            {
                errors[$"answers.{question.Id}"] = [refusal];
            }
        }

        return errors;
    }

    private static string? Refusal(PollQuestion question, IReadOnlyList<string>? selected)
    {
        if (selected is null || selected.Count == 0)
        {
            return $"Question '{question.Id}' is not answered.";
        }

        if (selected.FirstOrDefault(s => question.Options.All(o => o.Id != s)) is { } unknown)
        {
            return $"Question '{question.Id}' has no option '{unknown}'.";
        }

        if (selected.Distinct(StringComparer.Ordinal).Count() != selected.Count)
        {
            return $"Question '{question.Id}' names an option twice.";
        }

        return selected.Count < question.Minimum || selected.Count > question.Maximum
            ? question.Minimum == question.Maximum
                ? $"Question '{question.Id}' takes exactly {question.Minimum} option(s)."
                : $"Question '{question.Id}' takes between {question.Minimum} and {question.Maximum} options."
            : null;
    }
}
