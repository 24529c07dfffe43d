using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Behaviour;

/// <summary>
/// A municipal vehicle's daily round: from 06:00 to 14:00 it loops through its district's intersections at
/// 15 km/h, stopping a minute at each (bins, drains, lamps); off shift it stands where it is.
/// </summary>
public sealed class FleetRounds
{
    public const double MetresPerSecond = 15 / 3.6;
    public const int StopSeconds = 60;
    private const int ShiftStartSecond = 6 * 3600;
    private const int ShiftEndSecond = 14 * 3600;
    private readonly IReadOnlyList<GeoPosition> _loop;
    private readonly double[] _legSeconds;
    private readonly double _loopSeconds;

    public FleetRounds(IReadOnlyList<GeoPosition> loop)
    {
        _loop = loop.Count > 0 ? loop : throw new ArgumentException("A round needs at least one stop.", nameof(loop));
        _legSeconds = new double[loop.Count];
        for (var i = 0; i < loop.Count; i++)
        {
            _legSeconds[i] = StopSeconds + (Geo.DistanceMetres(loop[i], loop[(i + 1) % loop.Count]) / MetresPerSecond);
        }

        _loopSeconds = _legSeconds.Sum();
    }

    /// <summary>Position, speed (km/h), bearing and kilometres driven today at <paramref name="time"/>.</summary>
    public (GeoPosition Position, double SpeedKmh, double Bearing, double KmToday) At(DateTimeOffset time, int startOffsetSeconds)
    {
        var second = (int)(time.UtcTicks / TimeSpan.TicksPerSecond % 86_400);
        var driving = Math.Clamp(second - ShiftStartSecond, 0, ShiftEndSecond - ShiftStartSecond);
        var laps = Math.Floor((driving + startOffsetSeconds) / _loopSeconds);
        var inLap = (driving + startOffsetSeconds) - (laps * _loopSeconds);
        var km = driving * MetresPerSecond * (1 - (StopSeconds * _loop.Count / _loopSeconds)) / 1000;
        for (var i = 0; i < _loop.Count; i++)
        {
            if (inLap < _legSeconds[i])
            {
                var (from, to) = (_loop[i], _loop[(i + 1) % _loop.Count]);
                var onShift = second >= ShiftStartSecond && second < ShiftEndSecond;
                if (!onShift || inLap < StopSeconds)
                {
                    return (from, 0, Geo.Bearing(from, to), km);
                }

                var fraction = (inLap - StopSeconds) / (_legSeconds[i] - StopSeconds);
                return (Geo.Lerp(from, to, fraction), 15, Geo.Bearing(from, to), km);
            }

            inLap -= _legSeconds[i];
        }

        return (_loop[0], 0, 0, km);
    }
}
