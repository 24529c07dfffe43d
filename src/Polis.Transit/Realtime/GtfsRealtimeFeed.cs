using System.Text;
using Google.Protobuf;
using Polis.Transit.Realtime.Protobuf;

namespace Polis.Transit.Realtime;

/// <summary>One built feed as served: the message, its bytes, and its JSON (made on the first request that wants it).</summary>
public sealed class GtfsRealtimeFeed
{
    private static readonly JsonFormatter _json = new(JsonFormatter.Settings.Default);
    private readonly Lazy<string> _text;
    private readonly Lazy<byte[]> _textBytes;

    public GtfsRealtimeFeed(FeedMessage message, DateTimeOffset builtAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        BuiltAt = builtAt;
        Bytes = message.ToByteArray();
        ETag = $"\"{message.Header.Timestamp}-{Bytes.Length}\"";
        _text = new Lazy<string>(() => _json.Format(message));
        _textBytes = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(_text.Value));
    }

    public FeedMessage Message { get; }

    public byte[] Bytes { get; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>The same message as JSON (proto3 JSON mapping: lowerCamelCase names, enum names, 64-bit numbers as strings).</summary>
    public string Json => _text.Value;

    public byte[] JsonBytes => _textBytes.Value;

    /// <summary>Changes with every build (so does the header timestamp): a client's If-None-Match hits until the next build.</summary>
    public string ETag { get; }
}
