using System.Text.RegularExpressions;

namespace Polis.Citizens.Polls;

/// <summary>Checks a poll definition before it is stored; the errors are keyed by field, ready for a validation problem.</summary>
public static partial class PollDefinitionValidator
{
    public const int MaxQuestions = 50;
    public const int MaxOptions = 50;
    public const int MaxTextLength = 2000;

    /// <summary>Field errors of <paramref name="definition"/>; empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(PollDefinition? definition)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (definition is null)
        {
            errors["body"] = ["A poll needs a title, questions, opensAt and closesAt."];
            return errors;
        }

        Text(errors, "title", definition.Title, required: true, max: 200);
        Text(errors, "description", definition.Description, required: false, max: MaxTextLength);
        if (definition.ClosesAt <= definition.OpensAt)
        {
            errors["closesAt"] = ["closesAt must be after opensAt."];
        }

        if (definition.Questions is not { Count: > 0 and <= MaxQuestions } questions)
        {
            errors["questions"] = [$"A poll has between 1 and {MaxQuestions} questions."];
        }
        else
        {
            Ids(errors, "questions", questions.Select(q => q?.Id));
            for (var i = 0; i < questions.Count; i++)
            {
                Question(errors, $"questions[{i}]", questions[i]);
            }
        }

        Eligibility(errors, definition.Eligibility);
        return errors;
    }

    /// <summary>Ids are slugs: lower-case letters, digits and dashes, so the ballot log's canonical encoding needs no escaping.</summary>
    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    private static void Question(Dictionary<string, string[]> errors, string field, PollQuestion? question)
    {
        if (question is null)
        {
            errors[field] = ["A question cannot be null."];
            return;
        }

        Text(errors, $"{field}.text", question.Text, required: true, max: MaxTextLength);
        if (!Enum.IsDefined(question.Kind))
        {
            errors[$"{field}.kind"] = ["kind is single-choice or multiple-choice."];
        }

        if (question.Options is not { Count: >= 2 and <= MaxOptions } options)
        {
            errors[$"{field}.options"] = [$"A question has between 2 and {MaxOptions} options."];
            return;
        }

        Ids(errors, $"{field}.options", options.Select(o => o?.Id));
        for (var i = 0; i < options.Count; i++)
        {
            Text(errors, $"{field}.options[{i}].label", options[i]?.Label, required: true, max: 500);
        }

        if (question.Kind == PollQuestionKind.SingleChoice && (question.MinSelections is not null and not 1 || question.MaxSelections is not null and not 1))
        {
            errors[$"{field}.maxSelections"] = ["A single-choice question takes exactly one option; use multiple-choice for more."];
        }
        else if (question.Minimum < 1 || question.Maximum > options.Count || question.Minimum > question.Maximum)
        {
            errors[$"{field}.maxSelections"] = [$"Selections must satisfy 1 ≤ minSelections ≤ maxSelections ≤ {options.Count} (the number of options)."];
        }
    }

    private static void Eligibility(Dictionary<string, string[]> errors, PollEligibility? eligibility)
    {
        if (eligibility is null)
        {
            return;
        }

        if (eligibility.Districts?.Any(string.IsNullOrWhiteSpace) == true)
        {
            errors["eligibility.districts"] = ["District ids cannot be empty."];
        }

        if (eligibility.MinimumAge is < 0 or > 150 || eligibility.MaximumAge is < 0 or > 150)
        {
            errors["eligibility.minimumAge"] = ["Ages are between 0 and 150."];
        }
        else if (eligibility.MinimumAge > eligibility.MaximumAge)
        {
            errors["eligibility.maximumAge"] = ["maximumAge cannot be below minimumAge."];
        }
    }

    private static void Ids(Dictionary<string, string[]> errors, string field, IEnumerable<string?> ids)
    {
        var list = ids.ToList();
        if (list.FirstOrDefault(id => !IsId(id)) is var bad && list.Any(id => !IsId(id)))
        {
            errors[$"{field}.id"] = [$"'{bad}' is not an id: 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit."];
        }
        else if (list.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            errors[$"{field}.id"] = [$"The id '{duplicate.Key}' is used twice."];
        }
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, bool required, int max)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required."];
        }
        else if (value?.Length > max)
        {
            errors[field] = [$"{field} is at most {max} characters."];
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
