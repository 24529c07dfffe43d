using System.Collections.Concurrent;

namespace Polis.Platform.Commands;

/// <summary>
/// Two-way calls waiting for their answer on this node, by (device, request id). The caller removes its entry
/// when it stops waiting (answer, timeout or cancellation), so nothing outlives the call.
/// </summary>
public sealed class PendingRpcs
{
    private readonly ConcurrentDictionary<(string DeviceId, int RequestId), TaskCompletionSource<string>> _pending = new();

    public int Count => _pending.Count;

    public Task<string> Register(string deviceId, int requestId)
    {
        var completion = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.TryAdd((deviceId, requestId), completion))
        {
            throw new InvalidOperationException($"Request {requestId} of device '{deviceId}' is already waiting.");
        }

        return completion.Task;
    }

    /// <summary>Hands the answer to the waiting call; false when no call waits for it (unknown, answered or expired).</summary>
    public bool TryComplete(string deviceId, int requestId, string responseJson) =>
        _pending.TryRemove((deviceId, requestId), out var completion) && completion.TrySetResult(responseJson);

    public bool IsPending(string deviceId, int requestId) => _pending.ContainsKey((deviceId, requestId));

    public void Forget(string deviceId, int requestId) => _pending.TryRemove((deviceId, requestId), out _);
}
