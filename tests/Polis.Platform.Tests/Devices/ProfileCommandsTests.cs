using Polis.Platform.Devices;
using Xunit;

namespace Polis.Platform.Tests.Devices;

public sealed class ProfileCommandsTests
{
    private static DeviceProfile Profile(params string[]? methods) =>
        new("p", "P", null, 60, null, [], Commands: methods?.Select(m => new CommandDefinition(m)).ToList());

    [Fact]
    public void Refusal_ProfileDeclaresNoList_AnyMethodAllowed() =>
        Assert.Null(ProfileCommands.Refusal(Profile(null), "anything"));

    [Fact]
    public void Refusal_MethodListed_Allowed() =>
        Assert.Null(ProfileCommands.Refusal(Profile("setLighting", "getState"), "getState"));

    [Fact]
    public void Refusal_MethodNotListed_NamesTheProfilesCommands()
    {
        var refusal = ProfileCommands.Refusal(Profile("setLighting", "getState"), "reboot");
        Assert.Equal("Devices of profile 'p' have no command 'reboot'; theirs are: setLighting, getState.", refusal);
        Assert.NotNull(ProfileCommands.Refusal(Profile("setLighting"), "setlighting")); // methods are case-sensitive, as on the device
    }

    [Fact]
    public void Refusal_EmptyList_TakesNoCommands() =>
        Assert.Equal("Devices of profile 'p' take no commands.", ProfileCommands.Refusal(Profile([]), "reboot"));

    [Fact]
    public void BuiltInProfiles_SensorsWithoutActuatorsTakeNoCommandsAndGenericTakesAny()
    {
        var parking = BuiltInProfiles.All.Single(p => p.Id == "parking-spot");
        Assert.NotNull(ProfileCommands.Refusal(parking, "reboot"));
        Assert.Null(ProfileCommands.Refusal(BuiltInProfiles.All.Single(p => p.Id == "generic"), "reboot"));
        Assert.Null(ProfileCommands.Refusal(BuiltInProfiles.All.Single(p => p.Id == "building-controller"), "setSetpoint"));
        Assert.All(BuiltInProfiles.All, p => Assert.Empty(ProfileValidator.Validate(p)));
    }

    [Fact]
    public void Validate_DuplicateOrBlankCommand_ErrorsOnCommands()
    {
        var profile = new DeviceProfile("p", "P", null, 60, null, [], Commands: [new CommandDefinition("reboot"), new CommandDefinition("reboot"), new CommandDefinition(" ")]);
        var problems = ProfileValidator.Validate(profile)["commands"];
        Assert.Contains("Command 'reboot' is declared twice.", problems);
        Assert.Contains("Every command needs a method of 1 to 128 printable characters.", problems);
    }
}
