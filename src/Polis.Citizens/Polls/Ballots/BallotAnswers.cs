namespace Polis.Citizens.Polls.Ballots;

/// <summary>
/// A ballot's answers in their one canonical text form, <c>question=option,option;question=option</c>: questions in the
/// poll's order, options sorted ordinally. Ids are slugs (<see cref="PollDefinitionValidator.IsId"/>), so no escaping is
/// needed; this text is what the database stores and what the ballot log's entry hash covers.
/// </summary>
public static class BallotAnswers
{
    /// <summary>The canonical text of answers already validated against their poll.</summary>
    public static string Canonical(IReadOnlyList<PollQuestion> questions, IReadOnlyDictionary<string, IReadOnlyList<string>> answers)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(answers);
        return string.Join(';', questions.Select(q => q.Id + "=" + string.Join(',', answers[q.Id].Order(StringComparer.Ordinal))));
    }

    /// <summary>The answers of a canonical text, question by question.</summary>
    /// <exception cref="FormatException">The text is not canonical answers.</exception>
    public static Dictionary<string, string[]> Parse(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var answers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var part in canonical.Split(';'))
        {
            if (part.Split('=') is not [var question, var options] || !answers.TryAdd(question, options.Split(',')))
            {
                throw new FormatException($"'{part}' is not question=option,option.");
            }
        }

        return answers;
    }
}
