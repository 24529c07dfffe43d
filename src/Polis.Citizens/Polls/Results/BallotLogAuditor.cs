using System.Globalization;
using System.Text.Json;
using Polis.Citizens.Polls.Ballots;
using Polis.Platform.Hosting;

namespace Polis.Citizens.Polls.Results;

/// <summary>
/// What <c>polis polls verify</c> checks, with nothing but the published documents: the log's chain is intact, it ends
/// where the results say (same length, same head hash: no entry cut off the end), and counting it again gives exactly
/// the published results.
/// </summary>
public static class BallotLogAuditor
{
    public static LogAudit Audit(string pollId, BallotLog log, PollResults results)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(results);
        if (log.PollId != pollId || results.PollId != pollId)
        {
            return LogAudit.Disagrees($"The documents are of poll '{log.PollId}' (log) and '{results.PollId}' (results), not '{pollId}'.");
        }

        var chain = BallotChain.Verify(pollId, log.Entries);
        if (!chain.Valid)
        {
            return LogAudit.Disagrees($"Entry {chain.FirstBadPosition} is bad: {chain.Reason}.", chain.FirstBadPosition);
        }

        if (log.Entries.Count != results.Ballots || chain.HeadHash != results.LogHeadHash)
        {
            var position = Math.Min(log.Entries.Count, results.Ballots) + 1L;
            return LogAudit.Disagrees(
                $"The log has {log.Entries.Count} entries ending in {chain.HeadHash}, the results count {results.Ballots} ballots ending in {results.LogHeadHash}: entry {position} is missing or added.",
                position);
        }

        PollResults recounted;
        try
        {
            recounted = PollTally.Count(log, results.SuppressionThreshold, chain.HeadHash);
        }
        catch (FormatException ex)
        {
            return LogAudit.Disagrees(ex.Message);
        }

        if (JsonSerializer.Serialize(recounted, ApiJson.Options) != JsonSerializer.Serialize(results, ApiJson.Options))
        {
            return LogAudit.Disagrees("Counting the log does not give the published results: " + FirstDifference(recounted, results));
        }

        var totals = string.Join("; ", recounted.Totals.Select(q => $"{q.Id}: " + string.Join(", ", q.Options.Select(o => $"{o.Id} {o.Count}"))));
        return new LogAudit(true, string.Create(CultureInfo.InvariantCulture,
            $"Poll {pollId}: {recounted.Ballots} ballots, chain intact, head {chain.HeadHash}; recounted totals equal the published results ({totals}); {recounted.Districts.Count} district(s) shown, {recounted.SuppressedBallots} ballot(s) in suppressed groups."));
    }

    private static string FirstDifference(PollResults recounted, PollResults published)
    {
        foreach (var question in recounted.Totals)
        {
            var other = published.Totals.FirstOrDefault(q => q.Id == question.Id);
            foreach (var option in question.Options)
            {
                var count = other?.Options.FirstOrDefault(o => o.Id == option.Id)?.Count;
                if (count != option.Count)
                {
                    return $"{question.Id}={option.Id} counts {option.Count} in the log, {count?.ToString(CultureInfo.InvariantCulture) ?? "nothing"} in the results.";
                }
            }
        }

        return "the breakdown by district differs.";
    }
}
