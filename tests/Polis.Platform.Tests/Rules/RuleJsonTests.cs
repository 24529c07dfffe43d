using Polis.Platform.Alarms;
using Polis.Contracts.Telemetry;
using Polis.Platform.Rules;
using static Polis.Platform.Tests.Rules.RuleTestData;

namespace Polis.Platform.Tests.Rules;

public sealed class RuleJsonTests
{
    private const string Canonical = """
        {
          "id": "pm25-high",
          "name": "PM2.5 above 35 µg/m³ for 10 minutes",
          "target": { "profileId": "air-quality" },
          "severity": "major",
          "condition": { "type": "threshold", "key": "pm25", "operator": ">", "value": 35, "forSeconds": 600 },
          "clear": { "condition": { "type": "threshold", "key": "pm25", "operator": "<", "value": 30, "forSeconds": 300 } }
        }
        """;

    [Fact]
    public void Parse_CanonicalExample_BuildsRule()
    {
        var result = RuleJson.Parse(Canonical, AirQuality);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
        var rule = result.Rule!;
        Assert.Equal("pm25-high", rule.Id);
        Assert.Equal(AlarmSeverity.Major, rule.Severity);
        Assert.Equal("air-quality", rule.Target.ProfileId);
        Assert.True(rule.Enabled);
        var threshold = Assert.IsType<ThresholdCondition>(rule.Condition);
        Assert.Equal(("pm25", ComparisonOperator.GreaterThan, 35d, 600), (threshold.Key, threshold.Operator, threshold.Value.Number, threshold.ForSeconds));
        var clear = Assert.IsType<ThresholdCondition>(rule.Clear!.Condition);
        Assert.Equal(ComparisonOperator.LessThan, clear.Operator);
    }

    [Fact]
    public void Parse_EveryConditionTypeNested_BuildsTree()
    {
        var json = Json("""
            {"type":"any","conditions":[
              {"type":"all","conditions":[
                {"operator":"!=","type":"threshold","key":"occupied","value":true},
                {"type":"range","key":"battery","min":0,"max":10,"mode":"inside","forSeconds":60}]},
              {"type":"rateOfChange","key":"battery","maxChangePercent":50,"windowSeconds":600},
              {"type":"rateOfChange","key":"battery","maxChangePerMinute":2,"windowSeconds":600},
              {"type":"inactivity","seconds":3600},
              {"type":"inactivity","seconds":600,"key":"battery"}]}
            """).Replace("air-quality", "parking-spot", StringComparison.Ordinal);

        var result = RuleJson.Parse(json, Parking);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
        var any = Assert.IsType<AnyCondition>(result.Rule!.Condition);
        var all = Assert.IsType<AllCondition>(any.Conditions[0]);
        Assert.Equal(TelemetryValue.FromBoolean(true), Assert.IsType<ThresholdCondition>(all.Conditions[0]).Value);
        Assert.Equal(RangeMode.Inside, Assert.IsType<RangeCondition>(all.Conditions[1]).Mode);
        Assert.Equal(50, Assert.IsType<RateOfChangeCondition>(any.Conditions[1]).MaxChangePercent);
        Assert.Equal(2, Assert.IsType<RateOfChangeCondition>(any.Conditions[2]).MaxChangePerMinute);
        Assert.Null(Assert.IsType<InactivityCondition>(any.Conditions[3]).Key);
        Assert.Equal("battery", Assert.IsType<InactivityCondition>(any.Conditions[4]).Key);
    }

    [Fact]
    public void Serialize_ParsedRule_RoundTripsToSameJson()
    {
        var rule = RuleJson.Parse(Canonical, AirQuality).Rule!;

        var json = RuleJson.Serialize(rule);
        var again = RuleJson.Parse(json, AirQuality);

        Assert.True(again.IsValid);
        Assert.Equal(json, RuleJson.Serialize(again.Rule!));
        Assert.Contains("\"operator\":\">\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"threshold\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("typeName", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"threshold","key":"pm25","operator":">","value":35,"forSecond":600}""", "condition.forSecond", "Unknown property 'forSecond'")]
    [InlineData("""{"type":"all","conditions":[{"type":"threshold","key":"pm25","operator":">","value":35,"extra":1}]}""", "condition.conditions[0].extra", "Unknown property 'extra'")]
    [InlineData("""{"key":"pm25","operator":">","value":35}""", "condition", "needs a \"type\"")]
    [InlineData("""{"type":"median","key":"pm25"}""", "condition.type", "Unknown condition type 'median'")]
    [InlineData("""{"type":"threshold","key":"pm25","operator":"=>","value":35}""", "condition.operator", "Expected one of >")]
    [InlineData("""{"type":"threshold","key":"pm25","value":35}""", "condition.operator", "Required property missing")]
    [InlineData("""{"type":"threshold","key":"pm25","operator":">","value":35,"forSeconds":"600"}""", "condition.forSeconds", "whole number of seconds")]
    [InlineData("""{"type":"threshold","key":"pm25","operator":">","value":[35]}""", "condition.value", "number, a boolean or a string")]
    [InlineData("""{"type":"threshold","key":null,"operator":">","value":35}""", "condition.key", "Must not be null")]
    [InlineData("""{"type":"threshold","key":"pm25","operator":">","value":1e999}""", "condition.value", "out of range")]
    [InlineData("""{"type":"range","key":"pm25","min":"0","max":10}""", "condition.min", "Expected a number")]
    [InlineData("""{"type":"range","key":"pm25","min":0,"max":10,"mode":"between"}""", "condition.mode", "inside or outside")]
    [InlineData("""{"type":"all","conditions":{"type":"inactivity","seconds":60}}""", "condition.conditions", "array of conditions")]
    public void Parse_BadConditionShape_ErrorAtPath(string condition, string path, string message)
    {
        var result = RuleJson.Parse(Json(condition), AirQuality);

        Assert.Null(result.Rule);
        Assert.Contains(message, Assert.Single(Assert.Contains(path, result.Errors)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"a","Name":"n"}""", "Name", "Unknown property 'Name'")]
    [InlineData("""{"id":"a","name":"n","target":{"profileId":"air-quality"},"severity":"huge"}""", "severity", "critical, major, minor")]
    [InlineData("""{"id":"a","name":"n","target":{"profileId":"air-quality"},"severity":1}""", "severity", "critical, major, minor")]
    [InlineData("""{"id":"a","name":"n","target":{"profileId":"air-quality"},"severity":"major"}""", "condition", "Required property missing")]
    [InlineData("""{"id":"a","name":"n","target":{"profileId":"air-quality","zone":"x"}""", "target.zone", "Unknown property 'zone'")]
    [InlineData("""{"id":"a","name":"n",""", "$", "Invalid JSON")]
    [InlineData("""[]""", "$", "Invalid value")]
    [InlineData("""null""", "$", "A rule object is required")]
    public void Parse_BadRuleShape_ErrorAtPath(string json, string path, string message)
    {
        var result = RuleJson.Parse(json, AirQuality);

        Assert.Null(result.Rule);
        Assert.Contains(message, Assert.Single(Assert.Contains(path, result.Errors)), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLong_RefusedBeforeParsing()
    {
        var result = RuleJson.Parse(Json("""{"type":"inactivity","seconds":60}""", $",\"description\":\"{new string('x', RuleJson.MaxLength)}\""));

        Assert.Contains("at most", Assert.Single(result.Errors["$"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TypeAfterOtherProperties_Accepted()
    {
        var result = RuleJson.Parse(Json("""{"key":"pm25","operator":">=","value":35,"type":"threshold"}"""), AirQuality);

        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, Assert.IsType<ThresholdCondition>(result.Rule!.Condition).Operator);
    }
}
