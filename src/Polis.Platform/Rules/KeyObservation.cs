using Polis.Contracts.Telemetry;

namespace Polis.Platform.Rules;

/// <summary>
/// What a rule remembers of one key: the newest reading (device <see cref="Timestamp"/>, Unix ms) and the
/// server time it arrived (<see cref="ReceivedAt"/>), plus the last arrival of any reading of the key
/// (<see cref="SeenAt"/>, late ones included) for inactivity.
/// </summary>
public sealed record KeyObservation(long Timestamp, TelemetryValue Value, long ReceivedAt, long SeenAt)
{
    /// <summary>
    /// The device-clock time the key's value is known to have held until at <paramref name="now"/>: the
    /// reading's timestamp plus the server time since it arrived. Adding server time to device time
    /// cancels a constant clock offset, so durations stay right on a device whose clock is off.
    /// </summary>
    public long EffectiveTime(long now) => Timestamp + Math.Max(0, now - ReceivedAt);
}
