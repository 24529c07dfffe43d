using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Metering.Tests;

public sealed class MeterKindsTests
{
    [Theory]
    [InlineData(MeterKind.Electricity, "kWh", "energy")]
    [InlineData(MeterKind.Heat, "kWh", "energy")]
    [InlineData(MeterKind.Water, "m3", "volume")]
    [InlineData(MeterKind.Gas, "m3", "volume")]
    public void UnitAndRegister_EachKind_MatchItsBuiltInProfile(MeterKind kind, string unit, string register)
    {
        Assert.Equal(unit, MeterKinds.UnitOf(kind));
        Assert.Equal(register, MeterKinds.RegisterKeyOf(kind));
        var profile = Assert.Single(BuiltInProfiles.All, p => p.Id == MeterKinds.ProfileOf(kind));
        var key = Assert.Single(profile.Telemetry, k => k.Key == register);
        Assert.Equal(unit, key.Unit);
        Assert.Equal(kind, MeterKinds.KindOfProfile(profile.Id));
    }

    [Theory]
    [InlineData("bus")]
    [InlineData("generic")]
    [InlineData("")]
    [InlineData(null)]
    public void KindOfProfile_NotAMeterProfile_Null(string? profileId) => Assert.Null(MeterKinds.KindOfProfile(profileId));
}
