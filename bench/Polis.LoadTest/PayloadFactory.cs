using System.Globalization;
using System.Text;

namespace Polis.LoadTest;

/// <summary>
/// Builds the telemetry JSON a client sends. The "ts" shape gives every message of a client its own
/// millisecond, so Polis (idempotent on device, key, ts) really stores every reading instead of
/// dropping same-millisecond repeats; mosquitto receives the same bytes.
/// </summary>
public sealed class PayloadFactory
{
    private readonly string _shape;
    private readonly int _payloadBytes;
    private readonly long _baseTimestamp;

    public PayloadFactory(string shape, int payloadBytes, long baseTimestamp)
    {
        _shape = shape;
        _payloadBytes = payloadBytes;
        _baseTimestamp = baseTimestamp;
    }

    /// <summary>Readings per message: temperature and seq, plus pad when padding is asked for.</summary>
    public int ReadingsPerMessage => _payloadBytes > Build(0, pad: 0).Length ? 3 : 2;

    public byte[] Create(int sequence)
    {
        var natural = Build(sequence, pad: 0);
        if (_payloadBytes <= natural.Length)
        {
            return natural;
        }

        // ,"pad":"" adds 9 bytes around the padding itself.
        var pad = Math.Max(1, _payloadBytes - natural.Length - 9);
        return Build(sequence, pad);
    }

    private byte[] Build(int sequence, int pad)
    {
        var temperature = (15 + (sequence % 200) * 0.1).ToString("0.0", CultureInfo.InvariantCulture);
        var values = string.Create(CultureInfo.InvariantCulture, $"\"temperature\":{temperature},\"seq\":{sequence}");
        if (pad > 0)
        {
            values += ",\"pad\":\"" + new string('x', pad) + "\"";
        }

        var json = _shape == "flat"
            ? "{" + values + "}"
            : string.Create(CultureInfo.InvariantCulture, $"{{\"ts\":{_baseTimestamp + sequence},\"values\":{{{values}}}}}");
        return Encoding.UTF8.GetBytes(json);
    }
}
