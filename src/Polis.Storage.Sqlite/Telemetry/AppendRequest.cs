using Polis.Contracts.Telemetry;
using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// Points of one device (or none, for a touch) waiting for the next group commit. The caller's list is
/// read on the writer thread, so it must not change until the task completes.
/// </summary>
internal sealed class AppendRequest(string deviceId, IReadOnlyList<TelemetryPoint> points, long receivedAt, long enqueuedTimestamp)
    : WriteRequest(enqueuedTimestamp)
{
    // Continuations run on the pool, never inline on the writer thread, so callers cannot stall commits.
    private readonly TaskCompletionSource<AppendResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string DeviceId { get; } = deviceId;

    public IReadOnlyList<TelemetryPoint> Points { get; } = points;

    public long ReceivedAt { get; } = receivedAt;

    /// <summary>Points of this request actually inserted by the current attempt (writer thread only).</summary>
    public int Inserted { get; set; }

    public override int PointCount => Points.Count;

    public Task<AppendResult> Task => _completion.Task;

    public void Complete() => _completion.TrySetResult(new AppendResult(Inserted, Points.Count - Inserted));

    public override void Fail(Exception error) => _completion.TrySetException(error);
}
