using Microsoft.Data.Sqlite;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// Work that runs alone in its own writer transaction (device deletion, one retention chunk). Going
/// through the writer queue keeps one writer connection (no SQLITE_BUSY waits) and interleaves
/// maintenance fairly with appends.
/// </summary>
internal sealed class MaintenanceRequest(Func<TelemetryBatchWriter, SqliteTransaction, long> work, long enqueuedTimestamp)
    : WriteRequest(enqueuedTimestamp)
{
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<TelemetryBatchWriter, SqliteTransaction, long> Work { get; } = work;

    public override int PointCount => 0;

    public Task<long> Task => _completion.Task;

    public void Complete(long result) => _completion.TrySetResult(result);

    public override void Fail(Exception error) => _completion.TrySetException(error);
}
