using Polis.Metering.Meters;

namespace Polis.Metering.Ingest;

/// <summary>The device profiles of meters, back from profile id to <see cref="MeterKind"/> (the inverse of <see cref="MeterKinds.ProfileOf"/>).</summary>
public static class MeterProfiles
{
    /// <summary>The kind whose built-in profile is <paramref name="profileId"/>, or null for any other profile.</summary>
    public static MeterKind? KindOf(string? profileId) => profileId switch
    {
        "electricity-meter" => MeterKind.Electricity,
        "water-meter" => MeterKind.Water,
        "heat-meter" => MeterKind.Heat,
        "gas-meter" => MeterKind.Gas,
        _ => null,
    };
}
