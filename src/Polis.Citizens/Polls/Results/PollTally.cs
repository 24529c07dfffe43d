using Polis.Citizens.Polls.Ballots;

namespace Polis.Citizens.Polls.Results;

/// <summary>
/// Counts a ballot log. The same code runs on the server when a poll's results are published and in
/// <c>polis polls verify</c> on the downloaded log, so both must agree on a log nobody changed.
/// </summary>
public static class PollTally
{
    /// <summary>
    /// The log as published: entries of districts with fewer than <paramref name="k"/> ballots lose their district and
    /// salt (their digest stays, so the chain still verifies).
    /// </summary>
    public static IReadOnlyList<BallotEntry> Suppress(IReadOnlyList<BallotEntry> entries, int k)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var small = entries.Where(e => e.District is not null).GroupBy(e => e.District!, StringComparer.Ordinal)
            .Where(g => g.Count() < k).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. entries.Select(e => e.District is { } d && small.Contains(d) ? e with { District = null, DistrictSalt = null } : e)];
    }

    /// <summary>The results of <paramref name="log"/> (already suppressed or not: small groups are suppressed either way).</summary>
    /// <exception cref="FormatException">An entry's answers are not canonical answers.</exception>
    public static PollResults Count(BallotLog log, int k, string headHash)
    {
        ArgumentNullException.ThrowIfNull(log);
        var published = Suppress(log.Entries, k);
        var districts = published.Where(e => e.District is not null)
            .GroupBy(e => e.District!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DistrictTally(g.Key, g.Count(), Questions(log.Questions, g)))
            .ToList();
        return new PollResults(log.PollId, published.Count, headHash, k, Questions(log.Questions, published), districts,
            published.Count(e => e.District is null));
    }

    private static List<QuestionTally> Questions(IReadOnlyList<LogQuestion> questions, IEnumerable<BallotEntry> entries)
    {
        var counts = questions.ToDictionary(q => q.Id, q => q.Options.ToDictionary(o => o, _ => 0, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var (question, options) in BallotAnswers.Parse(entry.Answers))
            {
                foreach (var option in options)
                {
                    // An answer naming an option the poll does not have cannot come from the server: the log was altered.
                    if (!counts.TryGetValue(question, out var byOption) || !byOption.TryGetValue(option, out var count))
                    {
                        throw new FormatException($"Entry {entry.Sequence} answers '{question}={option}', which the poll does not offer.");
                    }

                    byOption[option] = count + 1;
                }
            }
        }

        return [.. questions.Select(q => new QuestionTally(q.Id, [.. q.Options.Select(o => new OptionCount(o, counts[q.Id][o]))]))];
    }
}
