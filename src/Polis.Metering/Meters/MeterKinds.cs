using System.Collections.Frozen;

namespace Polis.Metering.Meters;

/// <summary>The fixed facts of each <see cref="MeterKind"/>: billing unit, device profile, register key.</summary>
public static class MeterKinds
{
    // The inverse of ProfileOf, derived from it so the two cannot drift apart; read on the ingest path for every reading.
    private static readonly FrozenDictionary<string, MeterKind> s_kindByProfile =
        Enum.GetValues<MeterKind>().ToFrozenDictionary(ProfileOf, kind => kind, StringComparer.Ordinal);

    /// <summary>The kind whose built-in profile is <paramref name="profileId"/>, or null for any other profile.</summary>
    public static MeterKind? KindOfProfile(string? profileId) =>
        profileId is not null && s_kindByProfile.TryGetValue(profileId, out var kind) ? kind : null;

    /// <summary>The unit consumption is validated and billed in (kWh for energy, m³ for volume).</summary>
    public static string UnitOf(MeterKind kind) => kind switch
    {
        MeterKind.Electricity or MeterKind.Heat => "kWh",
        MeterKind.Water or MeterKind.Gas => "m3",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown meter kind"),
    };

    /// <summary>The built-in device profile of meters of this kind (the platform's <c>BuiltInProfiles</c>).</summary>
    public static string ProfileOf(MeterKind kind) => kind switch
    {
        MeterKind.Electricity => "electricity-meter",
        MeterKind.Water => "water-meter",
        MeterKind.Heat => "heat-meter",
        MeterKind.Gas => "gas-meter",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown meter kind"),
    };

    /// <summary>The telemetry key of the cumulative register that consumption is billed from.</summary>
    public static string RegisterKeyOf(MeterKind kind) => kind switch
    {
        MeterKind.Electricity or MeterKind.Heat => "energy",
        MeterKind.Water or MeterKind.Gas => "volume",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown meter kind"),
    };

    /// <summary>The telemetry key of a meter's reads: the register key, or for interval meters that key + "Interval" (<c>energyInterval</c>).</summary>
    public static string ReadingKeyOf(MeterKind kind, MeterReadingType readingType) =>
        readingType == MeterReadingType.Interval ? RegisterKeyOf(kind) + "Interval" : RegisterKeyOf(kind);
}
