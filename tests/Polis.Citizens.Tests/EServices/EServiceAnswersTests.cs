using System.Text.Json;
using Polis.Citizens.EServices.Requests;

namespace Polis.Citizens.Tests.EServices;

public sealed class EServiceAnswersTests
{
    private static Dictionary<string, JsonElement> Answers(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [Fact]
    public void Check_EveryDatatypeValid_KeepsTheValues()
    {
        var (values, errors) = EServiceAnswers.Check(EServiceSamples.Permit(), Answers(
            """{"address": "Vestergade 3", "floors": 2.5, "start": "2026-06-01T08:00:00Z", "works": "An extra floor", "use": "home", "extras": ["garage", "shed"]}"""));

        Assert.Empty(errors);
        Assert.Equal(["Vestergade 3"], values["address"]);
        Assert.Equal(["2.5"], values["floors"]);
        Assert.Equal(["2026-06-01T08:00:00Z"], values["start"]);
        Assert.Equal(["home"], values["use"]);
        Assert.Equal(["garage", "shed"], values["extras"]);
    }

    [Fact]
    public void Check_OnlyRequired_OptionalOnesLeftOut()
    {
        var (values, errors) = EServiceAnswers.Check(EServiceSamples.Permit(), Answers("""{"address": "Vestergade 3", "floors": "2", "use": "shop"}"""));

        Assert.Empty(errors);
        Assert.Equal(["address", "floors", "use"], values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_EveryFault_ListedPerField()
    {
        var (_, errors) = EServiceAnswers.Check(EServiceSamples.Permit(), Answers(
            $$"""{"floors": "two", "start": "next week", "works": "{{new string('w', 4001)}}", "use": ["home", "shop"], "extras": ["garage", "moat"], "colour": "red", "notice": "x"}"""));

        Assert.Equal(["answers.address", "answers.colour", "answers.extras", "answers.floors", "answers.notice", "answers.start", "answers.use", "answers.works"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("address is required.", errors["answers.address"][0]);
        Assert.Equal("floors 'two' is not a number.", errors["answers.floors"][0]);
        Assert.Equal("start 'next week' is not a date-time.", errors["answers.start"][0]);
        Assert.Equal("works is longer than 4000 characters.", errors["answers.works"][0]);
        Assert.Equal("use takes one value.", errors["answers.use"][0]);
        Assert.Equal("extras 'moat' is not one of garage, shed, pool.", errors["answers.extras"][0]);
        Assert.Contains("has no field 'colour'", errors["answers.colour"][0], StringComparison.Ordinal);
        Assert.Contains("has no field 'notice'", errors["answers.notice"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ObjectAsAnswer_Refused()
    {
        var (_, errors) = EServiceAnswers.Check(EServiceSamples.Permit(), Answers("""{"address": {"street": "Vestergade"}, "floors": 1, "use": "home"}"""));

        Assert.Equal(["answers.address"], errors.Keys);
    }

    [Fact]
    public void Check_NoAnswersAtAll_EveryRequiredFieldNamed()
    {
        var (_, errors) = EServiceAnswers.Check(EServiceSamples.Permit(), null);

        Assert.Equal(["answers.address", "answers.floors", "answers.use"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
