namespace Polis.Metering.Meters;

/// <summary>
/// A physical meter. <see cref="DeviceId"/> is the registry device it reports as (null for a meter read only by
/// imports); its readings of the kind's register key (<see cref="MeterKinds.RegisterKeyOf"/>) become this meter's
/// register reads. <see cref="RegisterDigits"/> (whole digits) says where the register rolls over; the
/// <see cref="Multiplier"/> (a transformer ratio, a pulse weight) turns register units into consumption and is applied
/// in conversion, never to stored reads. <see cref="IntervalMinutes"/> is the length of its intervals (15 or 60).
/// </summary>
public sealed record Meter(
    string Id,
    MeterKind Kind,
    string Serial,
    string? DeviceId,
    int? RegisterDigits,
    double Multiplier,
    int IntervalMinutes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The allowed interval lengths in minutes.</summary>
    public static IReadOnlyList<int> IntervalLengths { get; } = [15, 60];

    /// <summary>The register value at which it wraps back to zero (10^digits), or null when unknown.</summary>
    public double? Capacity => RegisterDigits is { } digits ? Math.Pow(10, digits) : null;

    public TimeSpan Interval => TimeSpan.FromMinutes(IntervalMinutes);

    /// <summary>Whether its device reports a cumulative register (the default) or consumption per interval.</summary>
    public MeterReadingType ReadingType { get; init; }
}
