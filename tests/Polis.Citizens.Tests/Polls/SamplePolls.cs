using Polis.Citizens.Polls;
using Polis.Citizens.Polls.Ballots;

namespace Polis.Citizens.Tests.Polls;

/// <summary>One realistic poll (a single- and a multiple-choice question) and ballot logs built through the real chain code.</summary>
internal static class SamplePolls
{
    public const string PollId = "poll-park";

    public static readonly DateTimeOffset OpensAt = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public static PollDefinition Definition(PollEligibility? eligibility = null) => new(
        "The old rail yard",
        "What should the city build on the old rail yard?",
        [
            new PollQuestion("use", "Main use", PollQuestionKind.SingleChoice, [new("park", "A park"), new("housing", "Housing"), new("school", "A school")]),
            new PollQuestion("extras", "Also wanted (1 to 2)", PollQuestionKind.MultipleChoice,
                [new("playground", "Playground"), new("cafe", "Café"), new("bike-path", "Bike path")], MinSelections: 1, MaxSelections: 2),
        ],
        eligibility,
        OpensAt,
        OpensAt.AddDays(14));

    public static IReadOnlyList<string> Questions => ["use", "extras"];

    /// <summary>A chained log of ballots, each (district, answers).</summary>
    public static List<BallotEntry> Chain(params (string District, string Answers)[] ballots)
    {
        var entries = new List<BallotEntry>();
        foreach (var (district, answers) in ballots)
        {
            var previous = entries.Count == 0 ? BallotChain.Genesis : entries[^1].EntryHash;
            entries.Add(BallotChain.Append(PollId, entries.Count + 1, previous, ReceiptCodes.Hash(ReceiptCodes.New()), district, answers));
        }

        return entries;
    }

    public static BallotLog Log(IReadOnlyList<BallotEntry> entries) =>
        new(PollId, [new LogQuestion("use", ["park", "housing", "school"]), new LogQuestion("extras", ["playground", "cafe", "bike-path"])], entries);
}
