using Polis.Citizens.Polls;

namespace Polis.Citizens.Tests.Polls;

public sealed class PollDefinitionValidatorTests
{
    [Fact]
    public void Validate_SamplePoll_Valid()
    {
        Assert.Empty(PollDefinitionValidator.Validate(SamplePolls.Definition()));
    }

    [Fact]
    public void Validate_ClosesBeforeOpening_Refused()
    {
        var poll = SamplePolls.Definition() with { ClosesAt = SamplePolls.OpensAt };

        Assert.True(PollDefinitionValidator.Validate(poll).ContainsKey("closesAt"));
    }

    [Fact]
    public void Validate_BadIdsAndBounds_EachFieldNamed()
    {
        var poll = SamplePolls.Definition(new PollEligibility(MinimumAge: 30, MaximumAge: 18)) with
        {
            Title = " ",
            Questions =
            [
                new PollQuestion("Use;x", "Main use", PollQuestionKind.SingleChoice, [new("a", "A"), new("a", "B")]),
                new PollQuestion("extras", "Extras", PollQuestionKind.MultipleChoice, [new("a", "A"), new("b", "B")], MinSelections: 2, MaxSelections: 3),
            ],
        };

        var errors = PollDefinitionValidator.Validate(poll);

        Assert.Equal(["eligibility.maximumAge", "questions.id", "questions[0].options.id", "questions[1].maxSelections", "title"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_OneOptionOnly_Refused()
    {
        var poll = SamplePolls.Definition() with { Questions = [new PollQuestion("q", "Q", PollQuestionKind.SingleChoice, [new("only", "Only")])] };

        Assert.True(PollDefinitionValidator.Validate(poll).ContainsKey("questions[0].options"));
    }
}
