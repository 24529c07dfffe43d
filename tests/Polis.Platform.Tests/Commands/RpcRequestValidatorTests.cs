using System.Text.Json;
using Polis.Platform.Commands;

namespace Polis.Platform.Tests.Commands;

public sealed class RpcRequestValidatorTests
{
    private const long Now = 1_800_000_000_000;
    private static readonly CommandOptions Options = new();

    private static RpcRequest Request(string? method = "setValve", string? paramsJson = """{"open":true}""", long? timeout = null, bool? oneway = null, bool? persistent = null, long? expirationTime = null, long? ttl = null) =>
        new(method, paramsJson is null ? null : JsonDocument.Parse(paramsJson).RootElement.Clone(), timeout, oneway, persistent, expirationTime, ttl);

    private static (RpcCommand? Command, Dictionary<string, string[]> Errors) Validate(RpcRequest? request, bool? route = null, int maxPayload = 65_536) =>
        RpcRequestValidator.Validate(request, route, Options, Now, maxPayload);

    [Fact]
    public void Validate_Minimal_TwoWayWithDefaultTimeout()
    {
        var (command, errors) = Validate(Request(paramsJson: null));

        Assert.Empty(errors);
        Assert.Equal(new RpcCommand("setValve", "{}", TimeSpan.FromSeconds(10), false, false, null), command);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bad\nmethod")]
    public void Validate_MissingOrBadMethod_Refused(string? method) =>
        Assert.Contains("method", Validate(Request(method)).Errors.Keys);

    [Fact]
    public void Validate_NoBody_Refused() => Assert.Contains("body", Validate(null).Errors.Keys);

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    [InlineData(300_000, true)]
    [InlineData(300_001, false)]
    [InlineData(-5, false)]
    [InlineData(long.MaxValue, false)]
    public void Validate_Timeout_BoundedBy100msAnd5Min(long timeout, bool ok)
    {
        var (command, errors) = Validate(Request(timeout: timeout));

        Assert.Equal(ok, command is not null);
        Assert.Equal(!ok, errors.ContainsKey("timeout"));
        if (ok)
        {
            Assert.Equal(TimeSpan.FromMilliseconds(timeout), command!.Timeout);
        }
    }

    [Fact]
    public void Validate_OneWayRoute_OneWayUnlessTheBodySaysOtherwise()
    {
        Assert.True(Validate(Request(), route: true).Command!.OneWay);
        Assert.True(Validate(Request(oneway: true)).Command!.OneWay);
        Assert.Contains("oneway", Validate(Request(oneway: false), route: true).Errors.Keys);
        Assert.Contains("oneway", Validate(Request(oneway: true), route: false).Errors.Keys);
    }

    [Fact]
    public void Validate_Persistent_DefaultExpiryIsOneDay()
    {
        var command = Validate(Request(persistent: true)).Command!;

        Assert.True(command.Persistent);
        Assert.Equal(Now + (long)TimeSpan.FromDays(1).TotalMilliseconds, command.ExpiresAt);
    }

    [Fact]
    public void Validate_PersistentWithTtlOrExpirationTime_ExpiresThen()
    {
        Assert.Equal(Now + 60_000, Validate(Request(persistent: true, ttl: 60_000)).Command!.ExpiresAt);
        Assert.Equal(Now + 5_000, Validate(Request(persistent: true, expirationTime: Now + 5_000)).Command!.ExpiresAt);
    }

    [Fact]
    public void Validate_BadExpiry_Refused()
    {
        Assert.Contains("expirationTime", Validate(Request(persistent: true, expirationTime: Now)).Errors.Keys);
        Assert.Contains("expirationTime", Validate(Request(persistent: true, expirationTime: Now + (long)TimeSpan.FromDays(31).TotalMilliseconds)).Errors.Keys);
        Assert.Contains("expirationTime", Validate(Request(persistent: true, expirationTime: Now + 10, ttl: 10)).Errors.Keys);
        Assert.Contains("ttl", Validate(Request(persistent: true, ttl: 0)).Errors.Keys);
        Assert.Contains("persistent", Validate(Request(ttl: 1_000)).Errors.Keys);
    }

    [Fact]
    public void Validate_ParamsBeyondThePayloadLimit_Refused()
    {
        var big = JsonSerializer.Serialize(new { blob = new string('x', 2_000) });

        Assert.Contains("params", Validate(Request(paramsJson: big), maxPayload: 1_024).Errors.Keys);
        Assert.Empty(Validate(Request(paramsJson: big), maxPayload: 4_096).Errors);
    }
}
