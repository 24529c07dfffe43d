using System.Buffers;
using System.IO.Pipelines;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// Reads MQTT fixed headers as bytes arrive and fails the read as soon as a packet announces a remaining
/// length above the cap. MQTTnet 5.2 has no packet size limit of its own: it would wait for (and buffer)
/// whatever size a client claims, up to 256 MB, even before CONNECT.
/// </summary>
internal sealed class PacketSizeGuardReader(PipeReader inner, int maxPacketBytes, Action onOversized) : PipeReader
{
    private long _bufferStartOffset; // stream offset of the first unconsumed byte
    private long _nextHeaderOffset; // stream offset of the next fixed header still to check
    private ReadOnlySequence<byte> _lastBuffer;

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        var result = await inner.ReadAsync(cancellationToken).ConfigureAwait(false);
        Inspect(result.Buffer);
        return result;
    }

    public override bool TryRead(out ReadResult result)
    {
        if (!inner.TryRead(out result))
        {
            return false;
        }

        Inspect(result.Buffer);
        return true;
    }

    public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        _bufferStartOffset += _lastBuffer.Slice(_lastBuffer.Start, consumed).Length;
        _lastBuffer = default;
        inner.AdvanceTo(consumed, examined);
    }

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private void Inspect(ReadOnlySequence<byte> buffer)
    {
        _lastBuffer = buffer;
        while (true)
        {
            var relative = _nextHeaderOffset - _bufferStartOffset;
            if (relative >= buffer.Length)
            {
                return;
            }

            var reader = new SequenceReader<byte>(buffer.Slice(relative));
            reader.Advance(1); // packet type and flags
            var remaining = 0L;
            var multiplier = 1L;
            for (var i = 0; ; i++)
            {
                if (!reader.TryRead(out var b))
                {
                    return; // header not complete yet
                }

                remaining += (b & 0x7F) * multiplier;
                if ((b & 0x80) == 0)
                {
                    break;
                }

                multiplier *= 128;
                if (i == 3)
                {
                    Fail("malformed remaining length");
                }
            }

            var packetBytes = reader.Consumed + remaining;
            if (packetBytes > maxPacketBytes)
            {
                Fail($"packet of {packetBytes} bytes exceeds the {maxPacketBytes}-byte limit");
            }

            _nextHeaderOffset += packetBytes;
        }
    }

    private void Fail(string reason)
    {
        onOversized();
        throw new InvalidDataException("MQTT " + reason + "; closing the connection.");
    }
}
