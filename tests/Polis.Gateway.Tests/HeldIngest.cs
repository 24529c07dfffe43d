using System.Collections.Concurrent;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

/// <summary>
/// A <see cref="RecordingIngest.Behavior"/> that holds every message's ingest on its own TaskCompletionSource
/// until the test releases it, and remembers the most ingests that were ever pending at once.
/// </summary>
internal sealed class HeldIngest
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<IngestResult>> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _started = new();
    private readonly Lock _lock = new();
    private int _pending;

    /// <summary>Payloads answered at once with this result instead of being held.</summary>
    public ConcurrentDictionary<string, IngestResult> Immediate { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Started => [.. _started];

    public int MaxPending { get; private set; }

    public Task<IngestResult> Behavior(AuthenticatedDevice device, string payload)
    {
        _started.Enqueue(payload);
        if (Immediate.TryGetValue(payload, out var answer))
        {
            return Task.FromResult(answer);
        }

        lock (_lock)
        {
            MaxPending = Math.Max(MaxPending, ++_pending);
        }

        return _held.GetOrAdd(payload, _ => new TaskCompletionSource<IngestResult>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    public void Release(string payload, IngestResult? result = null)
    {
        lock (_lock)
        {
            _pending--;
        }

        _held[payload].SetResult(result ?? IngestResult.Ok(1));
    }

    public bool IsReleased(string payload) => _held.TryGetValue(payload, out var held) && held.Task.IsCompleted;
}
