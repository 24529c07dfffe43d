using System.Text;
using Polis.Contracts.Telemetry;
using Polis.Platform.Ingest;

namespace Polis.Platform.Tests.Ingest;

public sealed class TelemetryPayloadParserTests
{
    private const long Received = 1_800_000_000_000;

    private static ParseOutcome Parse(string json, int maxKeys = 100) =>
        TelemetryPayloadParser.Parse(Encoding.UTF8.GetBytes(json), Received, maxKeys);

    [Fact]
    public void Parse_FlatObject_StampedWithReceiveTime()
    {
        var outcome = Parse("""{"temperature":21.5,"on":true,"mode":"eco","cfg":{"a":[1,2]}}""");

        Assert.True(outcome.Succeeded);
        Assert.All(outcome.Points!, p => Assert.Equal(Received, p.Timestamp));
        Assert.Equal(TelemetryValue.FromNumber(21.5), outcome.Points![0].Value);
        Assert.Equal(TelemetryValue.FromBoolean(true), outcome.Points[1].Value);
        Assert.Equal(TelemetryValue.FromString("eco"), outcome.Points[2].Value);
        Assert.Equal(TelemetryValueKind.Json, outcome.Points[3].Value.Kind);
        Assert.Equal("""{"a":[1,2]}""", outcome.Points[3].Value.Text);
    }

    [Fact]
    public void Parse_TimestampedAndArrayShapes_UseDeviceTimestamps()
    {
        var outcome = Parse("""[{"ts":1700000000000,"values":{"a":1}},{"b":2},{"ts":1700000001000,"values":{"a":3,"c":4}}]""");

        Assert.True(outcome.Succeeded);
        Assert.Equal(
            [("a", 1_700_000_000_000L, 1.0), ("b", Received, 2.0), ("a", 1_700_000_001_000L, 3.0), ("c", 1_700_000_001_000L, 4.0)],
            outcome.Points!.Select(p => (p.Key, p.Timestamp, p.Value.Number)));
    }

    [Theory]
    [InlineData("{\"a\":1", RejectionReason.MalformedPayload)]
    [InlineData("42", RejectionReason.MalformedPayload)]
    [InlineData("[1,2]", RejectionReason.MalformedPayload)]
    [InlineData("{}", RejectionReason.MalformedPayload)]
    [InlineData("{\"ts\":\"yesterday\",\"values\":{\"a\":1}}", RejectionReason.MalformedPayload)]
    [InlineData("{\"ts\":1.5,\"values\":{\"a\":1}}", RejectionReason.MalformedPayload)]
    [InlineData("{\"ts\":1700000000000,\"values\":[1]}", RejectionReason.MalformedPayload)]
    [InlineData("{\"a\":null}", RejectionReason.InvalidValue)]
    [InlineData("{\"\":1}", RejectionReason.MalformedPayload)]
    public void Parse_BadPayload_RefusedWithReason(string json, RejectionReason reason)
    {
        var outcome = Parse(json);

        Assert.False(outcome.Succeeded);
        Assert.Equal(reason, outcome.Error);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Detail));
    }

    [Fact]
    public void Parse_MoreKeysThanAllowed_Refused()
    {
        var json = "{" + string.Join(',', Enumerable.Range(0, 11).Select(i => $"\"k{i}\":{i}")) + "}";

        var outcome = Parse(json, maxKeys: 10);

        Assert.Equal(RejectionReason.MalformedPayload, outcome.Error);
    }

    [Fact]
    public void Parse_DeeplyNestedJson_RefusedNotCrashed()
    {
        var json = "{\"a\":" + new string('[', 100) + new string(']', 100) + "}";

        Assert.Equal(RejectionReason.MalformedPayload, Parse(json).Error);
    }
}
