namespace Polis.Platform.Devices;

/// <summary>
/// What a kind of device reports and how often. A device is inactive once no activity was seen for
/// <see cref="InactivityTimeoutSeconds"/> (by default twice the reporting interval, so one late
/// report does not flap the state). <see cref="Commands"/> lists the RPC methods its devices take; null
/// means the profile does not say, and any method may be sent (see <see cref="ProfileCommands"/>).
/// </summary>
public sealed record DeviceProfile(
    string Id,
    string Name,
    string? Description,
    int ReportingIntervalSeconds,
    int? InactivityTimeoutSeconds,
    IReadOnlyList<TelemetryKeyDefinition> Telemetry,
    bool BuiltIn = false,
    IReadOnlyList<CommandDefinition>? Commands = null)
{
    public int EffectiveInactivityTimeoutSeconds => InactivityTimeoutSeconds ?? ReportingIntervalSeconds * 2;

    public TelemetryKeyDefinition? FindKey(string key)
    {
        foreach (var definition in Telemetry)
        {
            if (string.Equals(definition.Key, key, StringComparison.Ordinal))
            {
                return definition;
            }
        }

        return null;
    }
}
