using System.Buffers;
using System.Text.Json;
using Polis.Simulator.Behaviour;

namespace Polis.Simulator.Runtime;

/// <summary>Readings as the ThingsBoard telemetry payload: <c>{"ts":…,"values":{…}}</c>, or an array of them.</summary>
public static class ReadingPayload
{
    public static byte[] Write(IReadOnlyList<Reading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            if (readings.Count != 1)
            {
                json.WriteStartArray();
            }

            foreach (var reading in readings)
            {
                json.WriteStartObject();
                json.WriteNumber("ts", reading.Timestamp);
                json.WriteStartObject("values");
                foreach (var (key, value) in reading.Values)
                {
                    switch (value)
                    {
                        case bool flag: json.WriteBoolean(key, flag); break;
                        case string text: json.WriteString(key, text); break;
                        case int number: json.WriteNumber(key, number); break;
                        default: json.WriteNumber(key, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            if (readings.Count != 1)
            {
                json.WriteEndArray();
            }
        }

        return buffer.WrittenSpan.ToArray();
    }
}
