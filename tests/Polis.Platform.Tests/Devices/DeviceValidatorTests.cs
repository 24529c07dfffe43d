using Polis.Platform.Devices;

namespace Polis.Platform.Tests.Devices;

public sealed class DeviceValidatorTests
{
    [Fact]
    public void Validate_GoodDraft_NoErrors()
    {
        var draft = new DeviceDraft("meter-1", "water-meter", "Meter", "north", new GeoPoint(10, 56), new Dictionary<string, string> { ["serial"] = "1" }, ["pilot"], "Supplied-token-0123");

        Assert.Empty(DeviceValidator.Validate(draft, isCreate: true));
    }

    [Fact]
    public void Validate_EveryFieldBroken_EveryErrorReported()
    {
        var draft = new DeviceDraft("bad id", "", "", new string('d', 101), new GeoPoint(181, 0), null, ["ok", "bad\u0001label"], "short");

        var errors = DeviceValidator.Validate(draft, isCreate: true);

        Assert.Equal(["accessToken", "district", "id", "labels", "location", "name", "profileId"], errors.Keys.Order());
    }

    [Fact]
    public void Validate_TokenOnUpdate_Refused()
    {
        var errors = DeviceValidator.Validate(new DeviceDraft("x", "generic", "X", AccessToken: "Supplied-token-0123"), isCreate: false);

        Assert.Contains("accessToken", errors.Keys);
    }

    [Fact]
    public void AccessTokens_GenerateAndHash_RandomAndStable()
    {
        var a = AccessTokens.Generate();
        var b = AccessTokens.Generate();

        Assert.NotEqual(a, b);
        Assert.Equal(20, a.Length);
        Assert.Equal(AccessTokens.Hash(a), AccessTokens.Hash(a));
        Assert.NotEqual(AccessTokens.Hash(a), AccessTokens.Hash(b));
        Assert.Equal(64, AccessTokens.Hash(a).Length);
    }

    [Fact]
    public void ProfileValidator_DuplicateKeysAndInvertedRange_Reported()
    {
        var profile = new DeviceProfile("p", "P", null, 0, null, [new TelemetryKeyDefinition("a", Min: 5, Max: 1), new TelemetryKeyDefinition("b"), new TelemetryKeyDefinition("b")]);

        var errors = ProfileValidator.Validate(profile);

        Assert.Contains("reportingIntervalSeconds", errors.Keys);
        Assert.Equal(2, errors["telemetry"].Length);
    }

    [Fact]
    public void BuiltInProfiles_AllValidAndUnique()
    {
        Assert.Equal(12, BuiltInProfiles.All.Select(p => p.Id).Distinct().Count());
        Assert.All(BuiltInProfiles.All, p => Assert.Empty(ProfileValidator.Validate(p)));
    }
}
