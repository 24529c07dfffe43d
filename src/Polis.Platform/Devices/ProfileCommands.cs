namespace Polis.Platform.Devices;

/// <summary>
/// Whether a device of a profile takes a command. A profile that declares no command list (null) takes any
/// method — generic devices; one that declares a list, even an empty one, takes only what it lists, so a
/// "reboot" sent to a parking sensor is refused before it reaches the street.
/// </summary>
public static class ProfileCommands
{
    /// <summary>Null when <paramref name="method"/> is allowed, otherwise why not.</summary>
    public static string? Refusal(DeviceProfile profile, string method)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Commands is not { } commands || commands.Any(c => string.Equals(c.Method, method, StringComparison.Ordinal)))
        {
            return null;
        }

        return commands.Count == 0
            ? $"Devices of profile '{profile.Id}' take no commands."
            : $"Devices of profile '{profile.Id}' have no command '{method}'; theirs are: {string.Join(", ", commands.Select(c => c.Method))}.";
    }
}
