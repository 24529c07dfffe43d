namespace Polis.LoadTest;

/// <summary>Issues one RPC call to a device and waits for its answer (or the timeout).</summary>
public interface IRpcCaller : IAsyncDisposable
{
    Task StartAsync(CancellationToken cancellationToken);

    /// <param name="device">The device's id (Polis) or name in the topics (plain MQTT).</param>
    /// <param name="seq">Unique per call within a run; the device echoes it back.</param>
    /// <param name="cancellationToken">Ends the run.</param>
    Task<RpcCallOutcome> CallAsync(string device, long seq, CancellationToken cancellationToken);
}
