namespace Polis.Platform.Commands;

/// <summary>
/// Live RPC: sends a request to a connected device and, for two-way calls, waits for its answer. Answers
/// correlate in memory by (device, request id); persistent commands go through <see cref="PersistentCommandService"/>.
/// </summary>
public sealed class RpcService(ICommandRouter router, ICommandStore store, RequestIdAllocator requestIds, PendingRpcs pending, TimeProvider timeProvider)
{
    public async Task<RpcResult> CallAsync(string deviceId, RpcCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestId = await requestIds.NextAsync(deviceId, ct => store.MaxRequestIdAsync(deviceId, ct), cancellationToken).ConfigureAwait(false);
        var topic = RpcPayloads.RequestTopic(requestId);
        var payload = RpcPayloads.Request(command.Method, command.ParamsJson);
        if (command.OneWay)
        {
            var sent = await router.SendAsync(deviceId, topic, payload, cancellationToken).ConfigureAwait(false);
            return new RpcResult(Outcome(sent) ?? RpcOutcome.Sent, requestId);
        }

        // Registered before sending: a fast device can answer before SendAsync returns.
        var answer = pending.Register(deviceId, requestId);
        try
        {
            var sent = await router.SendAsync(deviceId, topic, payload, cancellationToken).ConfigureAwait(false);
            if (Outcome(sent) is { } failed)
            {
                return new RpcResult(failed, requestId);
            }

            var json = await answer.WaitAsync(command.Timeout, timeProvider, cancellationToken).ConfigureAwait(false);
            return new RpcResult(RpcOutcome.Answered, requestId, json);
        }
        catch (TimeoutException)
        {
            return new RpcResult(RpcOutcome.TimedOut, requestId);
        }
        finally
        {
            pending.Forget(deviceId, requestId); // an answer arriving from now on is refused as unknown
        }
    }

    private static RpcOutcome? Outcome(SendOutcome sent) => sent switch
    {
        SendOutcome.NotConnected => RpcOutcome.NotConnected,
        SendOutcome.NotSubscribed => RpcOutcome.NotSubscribed,
        SendOutcome.Refused => RpcOutcome.Refused,
        _ => null,
    };
}
