using System.Buffers;
using System.Collections.Concurrent;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// Telemetry ingests that the read-ahead of one connection started before the broker got to their PUBLISH,
/// in read order. The publish handler takes each one back by its payload (MQTTnet decodes every payload into
/// its own array, so the array identifies the packet) and awaits it before the PUBACK goes out.
/// </summary>
internal sealed class PipelinedPublishes : IDisposable
{
    private readonly ConcurrentQueue<Started> _started = new();
    private readonly CancellationTokenSource _inputEnded = new();
    private CancellationTokenSource? _wait;
    private volatile bool _stopped;

    /// <summary>True once no further ingest may start ahead: a refusal on this connection closes it (MQTT 3.1.1).</summary>
    public bool Stopped => _stopped;

    public int Count => _started.Count;

    public void Stop() => _stopped = true;

    public void Add(ReadOnlySequence<byte> payload, Task<IngestResult> completion) => _started.Enqueue(new Started(payload, completion));

    /// <summary>
    /// The ingest started ahead for this payload, or null when none was (the handler then starts it itself).
    /// Entries before it belong to packets the broker never handed to the handler; they are dropped.
    /// </summary>
    public Task<IngestResult>? Take(ReadOnlySequence<byte> payload)
    {
        if (_started.IsEmpty || payload.IsEmpty)
        {
            return null;
        }

        // The head is the match but for packets MQTTnet dropped: peek first, because enumerating a
        // ConcurrentQueue freezes its segments (every later enqueue then allocates a new one).
        if (_started.TryPeek(out var head) && SamePayload(head.Payload, payload))
        {
            _started.TryDequeue(out _);
            return head.Completion;
        }

        var found = false;
        foreach (var started in _started)
        {
            found |= SamePayload(started.Payload, payload);
        }

        while (found && _started.TryDequeue(out var started))
        {
            if (SamePayload(started.Payload, payload))
            {
                return started.Completion;
            }
        }

        return null;
    }

    /// <summary>The socket's input ended: no PUBACK can be sent any more, so the handler stops waiting.</summary>
    public void EndInput()
    {
        try
        {
            _inputEnded.Cancel();
        }
        catch (AggregateException)
        {
            // A registration threw; the waits it served are cancelled all the same.
        }
        catch (ObjectDisposedException)
        {
            // The connection is already over.
        }
    }

    /// <summary>
    /// Cancelled when the broker drops the connection or its input ends. The broker's token is the same for the
    /// whole connection, so one linked source serves every message.
    /// </summary>
    public CancellationToken WaitToken(CancellationToken brokerToken) =>
        (_wait ??= CancellationTokenSource.CreateLinkedTokenSource(brokerToken, _inputEnded.Token)).Token;

    /// <summary>Called once the broker is done with the connection (no handler runs any more).</summary>
    public void Dispose()
    {
        _wait?.Dispose();
        _inputEnded.Dispose();
    }

    private static bool SamePayload(ReadOnlySequence<byte> a, ReadOnlySequence<byte> b) =>
        a.Length == b.Length && a.Start.Equals(b.Start);

    private readonly record struct Started(ReadOnlySequence<byte> Payload, Task<IngestResult> Completion);
}
