using Polis.Citizens.Polls.Ballots;

namespace Polis.Citizens.Tests.Polls;

public sealed class AnswerValidatorTests
{
    private static Dictionary<string, string[]> Validate(params (string Question, string[] Options)[] answers) =>
        AnswerValidator.Validate(SamplePolls.Definition().Questions, answers.ToDictionary(a => a.Question, a => (IReadOnlyList<string>)a.Options));

    [Fact]
    public void Validate_CompleteBallot_NoErrorsAndCanonicalSorted()
    {
        Assert.Empty(Validate(("use", ["park"]), ("extras", ["playground", "cafe"])));

        var canonical = BallotAnswers.Canonical(SamplePolls.Definition().Questions,
            new Dictionary<string, IReadOnlyList<string>> { ["extras"] = ["playground", "cafe"], ["use"] = ["park"] });
        Assert.Equal("use=park;extras=cafe,playground", canonical);
        Assert.Equal(["cafe", "playground"], BallotAnswers.Parse(canonical)["extras"]);
    }

    [Fact]
    public void Validate_SingleChoiceWithTwo_Refused()
    {
        Assert.Equal(["Question 'use' takes exactly 1 option(s)."], Validate(("use", ["park", "school"]), ("extras", ["cafe"]))["answers.use"]);
    }

    [Fact]
    public void Validate_MultipleChoiceAboveMaximum_Refused()
    {
        Assert.Contains("between 1 and 2", Validate(("use", ["park"]), ("extras", ["cafe", "playground", "bike-path"]))["answers.extras"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingUnknownAndRepeated_EachNamed()
    {
        var errors = Validate(("extras", ["cafe", "cafe"]), ("colour", ["red"]));

        Assert.Equal(["answers.colour", "answers.extras", "answers.use"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("twice", errors["answers.extras"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownOption_Refused()
    {
        Assert.Contains("no option 'casino'", Validate(("use", ["casino"]), ("extras", ["cafe"]))["answers.use"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoAnswers_Refused()
    {
        Assert.True(AnswerValidator.Validate(SamplePolls.Definition().Questions, null).ContainsKey("answers"));
    }
}
