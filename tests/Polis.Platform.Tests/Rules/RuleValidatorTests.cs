using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;
using Polis.Platform.Rules;
using static Polis.Platform.Tests.Rules.RuleTestData;

namespace Polis.Platform.Tests.Rules;

public sealed class RuleValidatorTests
{
    private const string Pm25 = """{"type":"threshold","key":"pm25","operator":">","value":35}""";

    [Theory]
    [InlineData("""{"type":"threshold","key":"pm2.5","operator":">","value":35}""", "condition.key", "declares no key 'pm2.5'")]
    [InlineData("""{"type":"threshold","key":"","operator":">","value":35}""", "condition.key", "A key of 1 to 128")]
    [InlineData("""{"type":"threshold","key":"pm25","operator":"==","value":"high"}""", "condition.value", "is numeric")]
    [InlineData("""{"type":"threshold","key":"pm25","operator":">","value":"high"}""", "condition.value", "with == or != only")]
    [InlineData("""{"type":"threshold","key":"pm25","operator":">","value":35,"forSeconds":0}""", "condition.forSeconds", "forSeconds is 1 to 604800")]
    [InlineData("""{"type":"threshold","key":"pm25","operator":">","value":35,"forSeconds":604801}""", "condition.forSeconds", "forSeconds is 1 to 604800")]
    [InlineData("""{"type":"range","key":"pm25","min":50,"max":10}""", "condition.max", "not be less than min")]
    [InlineData("""{"type":"range","key":"pm25","min":0,"max":10,"forSeconds":-5}""", "condition.forSeconds", "forSeconds is 1 to")]
    [InlineData("""{"type":"rateOfChange","key":"pm25","windowSeconds":60}""", "condition", "exactly one of maxChangePerMinute and maxChangePercent")]
    [InlineData("""{"type":"rateOfChange","key":"pm25","windowSeconds":60,"maxChangePerMinute":1,"maxChangePercent":5}""", "condition", "exactly one of")]
    [InlineData("""{"type":"rateOfChange","key":"pm25","windowSeconds":60,"maxChangePerMinute":0}""", "condition.maxChangePerMinute", "positive")]
    [InlineData("""{"type":"rateOfChange","key":"pm25","windowSeconds":60,"maxChangePercent":-1}""", "condition.maxChangePercent", "positive")]
    [InlineData("""{"type":"rateOfChange","key":"pm25","windowSeconds":0,"maxChangePercent":10}""", "condition.windowSeconds", "1 to 86400")]
    [InlineData("""{"type":"inactivity","seconds":5}""", "condition.seconds", "10 to 2678400")]
    [InlineData("""{"type":"inactivity","seconds":60,"key":"rain"}""", "condition.key", "declares no key 'rain'")]
    [InlineData("""{"type":"all","conditions":[]}""", "condition.conditions", "1 to 16 conditions")]
    [InlineData("""{"type":"any","conditions":[{"type":"all","conditions":[{"type":"any","conditions":[{"type":"all","conditions":[{"type":"any","conditions":[{"type":"inactivity","seconds":60}]}]}]}]}]}""",
        "condition.conditions[0].conditions[0].conditions[0].conditions[0].conditions", "at most 5 levels")]
    [InlineData("""{"type":"all","conditions":[{"type":"inactivity","seconds":60},{"type":"threshold","key":"pm10","operator":"<","value":"x"}]}""", "condition.conditions[1].value", "with == or != only")]
    public void Validate_BadCondition_ErrorAtPath(string condition, string path, string message)
    {
        var result = RuleJson.Parse(Json(condition), AirQuality);

        Assert.Null(result.Rule);
        Assert.Contains(Assert.Contains(path, result.Errors), m => m.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"id":"","name":"n","target":{"profileId":"air-quality"},"severity":"major","condition":X}""", "id")]
    [InlineData("""{"id":"has space","name":"n","target":{"profileId":"air-quality"},"severity":"major","condition":X}""", "id")]
    [InlineData("""{"id":"a","name":" ","target":{"profileId":"air-quality"},"severity":"major","condition":X}""", "name")]
    [InlineData("""{"id":"a","name":"n","target":{},"severity":"major","condition":X}""", "target")]
    [InlineData("""{"id":"a","name":"n","target":{"profileId":"air-quality","deviceId":"d1"},"severity":"major","condition":X}""", "target")]
    [InlineData("""{"id":"a","name":"n","target":{"profileId":"bus"},"severity":"major","condition":X}""", "target.profileId")]
    [InlineData("""{"id":"a","name":"n","target":{"deviceId":"-bad"},"severity":"major","condition":X}""", "target.deviceId")]
    [InlineData("""{"id":"a","name":"n","target":{"profileId":"air-quality"},"severity":"major","condition":X,"clear":{"condition":{"type":"threshold","key":"nope","operator":"<","value":1}}}""", "clear.condition.key")]
    public void Validate_BadRuleField_ErrorAtPath(string json, string path)
    {
        var result = RuleJson.Parse(json.Replace("X", Pm25, StringComparison.Ordinal), AirQuality);

        Assert.Null(result.Rule);
        Assert.Equal(path, Assert.Single(result.Errors).Key);
    }

    [Fact]
    public void Validate_LongDescription_Error()
    {
        var result = RuleJson.Parse(Json(Pm25, $",\"description\":\"{new string('d', RuleLimits.MaxDescriptionLength + 1)}\""), AirQuality);

        Assert.Equal("description", Assert.Single(result.Errors).Key);
    }

    [Fact]
    public void Validate_SeveralProblems_AllReported()
    {
        var json = """
            {"id":"a b","name":"","target":{},"severity":"minor",
             "condition":{"type":"all","conditions":[
               {"type":"threshold","key":"nope","operator":">","value":1,"forSeconds":0},
               {"type":"inactivity","seconds":1}]}}
            """;

        var errors = RuleJson.Parse(json, AirQuality).Errors;

        Assert.Equal(
            ["condition.conditions[0].forSeconds", "condition.conditions[0].key", "condition.conditions[1].seconds", "id", "name", "target"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_TooManyConditions_Error()
    {
        var leaves = Enumerable.Range(0, 16).Select(_ => (RuleCondition)new InactivityCondition(60)).ToArray();
        var rule = Rule(new AllCondition([new AnyCondition(leaves), new AnyCondition(leaves), new AnyCondition(leaves)]));

        var errors = RuleValidator.Validate(rule, AirQuality);

        Assert.Contains(errors.Values.SelectMany(m => m), m => m.Contains($"at most {RuleLimits.MaxConditions} conditions", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NonFiniteNumbers_Error()
    {
        var rule = Rule(new AllCondition([
            new ThresholdCondition("pm25", ComparisonOperator.GreaterThan, TelemetryValue.FromNumber(double.NaN)),
            new RangeCondition("pm25", double.NegativeInfinity, 3)]));

        var errors = RuleValidator.Validate(rule, AirQuality);

        Assert.Equal(["condition.conditions[0].value", "condition.conditions[1].min"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_ProfileWithoutDeclaredKeysOrNoProfile_AnyKeyAccepted()
    {
        var generic = BuiltInProfiles.All.Single(p => p.Id == "generic");
        var rule = Rule(Above("anything", 1)) with { Target = new RuleTarget("generic") };

        Assert.Empty(RuleValidator.Validate(rule, generic));
        Assert.Empty(RuleValidator.Validate(rule));
    }

    [Fact]
    public void Validate_StringOnUnrangedKeyAndBooleanOnParking_Accepted()
    {
        var rule = Rule(new ThresholdCondition("occupied", ComparisonOperator.Equal, TelemetryValue.FromBoolean(true)), clear: new ThresholdCondition("occupied", ComparisonOperator.NotEqual, TelemetryValue.FromString("yes")))
            with { Target = new RuleTarget(DeviceId: "spot-17") };

        Assert.Empty(RuleValidator.Validate(rule, Parking));
    }
}
