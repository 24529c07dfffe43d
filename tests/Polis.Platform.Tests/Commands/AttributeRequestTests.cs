using System.Text;
using System.Text.Json.Nodes;
using Polis.Contracts.Devices;
using Polis.Contracts.Telemetry;
using Polis.Platform.Commands;

namespace Polis.Platform.Tests.Commands;

public sealed class AttributeRequestTests
{
    private static readonly DeviceTwin Twin = new(
        "d1",
        new Dictionary<string, TelemetryPoint>(),
        new Dictionary<string, AttributeValue> { ["fw"] = new("\"1.2\"", 1), ["mode"] = new("\"eco\"", 1) },
        new Dictionary<string, AttributeValue> { ["secret"] = new("42", 1) },
        new DeviceConnectivity(false, false, null, null, null, 600_000),
        new Dictionary<string, long>(),
        new Dictionary<string, AttributeValue> { ["target"] = new("21.5", 1), ["schedule"] = new("""{"on":"07:00"}""", 1) });

    private static JsonObject Answer(string payload)
    {
        var (request, error) = AttributeRequest.Parse(Encoding.UTF8.GetBytes(payload));
        Assert.Null(error);
        return JsonNode.Parse(request!.Answer(Twin))!.AsObject();
    }

    [Fact]
    public void Answer_NamedKeys_OnlyThoseThatExist()
    {
        var answer = Answer("""{"clientKeys":"fw, missing","sharedKeys":"target"}""");

        Assert.Equal("""{"client":{"fw":"1.2"},"shared":{"target":21.5}}""", answer.ToJsonString());
    }

    [Fact]
    public void Answer_OnlySharedKeys_OnlySharedScope()
    {
        var answer = Answer("""{"sharedKeys":"schedule"}""");

        Assert.Equal("""{"shared":{"schedule":{"on":"07:00"}}}""", answer.ToJsonString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    public void Answer_NoKeys_BothScopesInFullAndNeverServer(string payload)
    {
        var answer = Answer(payload);

        Assert.Equal(2, answer["client"]!.AsObject().Count);
        Assert.Equal(2, answer["shared"]!.AsObject().Count);
        Assert.DoesNotContain("secret", answer.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ArrayOfKeys_Accepted() => Assert.Equal("""{"shared":{"target":21.5}}""", Answer("""{"sharedKeys":["target"]}""").ToJsonString());

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    [InlineData("""{"clientKeys":5}""")]
    public void Parse_Malformed_Error(string payload)
    {
        var (request, error) = AttributeRequest.Parse(Encoding.UTF8.GetBytes(payload));

        Assert.Null(request);
        Assert.NotNull(error);
    }
}
