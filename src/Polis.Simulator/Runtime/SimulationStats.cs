namespace Polis.Simulator.Runtime;

/// <summary>Counters of a running simulation, updated from MQTT callbacks and the scheduler.</summary>
public sealed class SimulationStats
{
    private long _published;
    private long _refused;
    private long _failed;
    private long _commands;
    private int _connected;

    public long Published => Interlocked.Read(ref _published);

    /// <summary>Messages the platform refused (PUBACK with an error reason): a simulator bug worth a look.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Publishes that failed at the transport (connection lost mid-flight).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>RPC requests and shared-attribute updates the devices obeyed.</summary>
    public long Commands => Interlocked.Read(ref _commands);

    public int Connected => Volatile.Read(ref _connected);

    internal void OnPublished() => Interlocked.Increment(ref _published);

    internal long OnRefused() => Interlocked.Increment(ref _refused);

    internal void OnFailed() => Interlocked.Increment(ref _failed);

    internal void OnCommand() => Interlocked.Increment(ref _commands);

    internal void OnConnected() => Interlocked.Increment(ref _connected);

    internal void OnDisconnected() => Interlocked.Decrement(ref _connected);
}
