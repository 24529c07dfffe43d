using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// The single writer: a dedicated thread drains the queue into group commits. A commit starts as soon
/// as the previous one ends, so batches grow naturally under load and stay tiny when idle. The thread
/// is dedicated because each commit blocks on fsync; it must not hold a thread-pool thread that
/// Orleans and Kestrel need.
/// </summary>
internal sealed class TelemetryWriteLoop
{
    private readonly SqliteDatabase _database;
    private readonly ChannelReader<WriteRequest> _queue;
    private readonly int _maxPointsPerCommit;
    private readonly ILogger _logger;
    private readonly Action<WriteRequest> _completed;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<AppendRequest> _batch = [];
    private readonly List<AppendRequest> _single = new(1);
    private TelemetryBatchWriter? _writer;
    private long _inFlightSince;
    private long _committedBatches;
    private long _committedPoints;

    public TelemetryWriteLoop(SqliteDatabase database, ChannelReader<WriteRequest> queue, int maxPointsPerCommit, ILogger logger, Action<WriteRequest> completed)
    {
        _database = database;
        _queue = queue;
        _maxPointsPerCommit = Math.Max(1, maxPointsPerCommit);
        _logger = logger;
        _completed = completed;
    }

    /// <summary>Completes when the queue is completed and drained and the connection closed.</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>Enqueue timestamp of the oldest request taken by the writer but not yet committed; 0 when idle.</summary>
    public long InFlightSince => Volatile.Read(ref _inFlightSince);

    /// <summary>Group commits of appends that succeeded, and the points they carried.</summary>
    public long CommittedBatches => Interlocked.Read(ref _committedBatches);

    public long CommittedPoints => Interlocked.Read(ref _committedPoints);

    public void Start() => new Thread(Run) { IsBackground = true, Name = "polis-telemetry-writer" }.Start();

    private void Run()
    {
        try
        {
            // Blocking on the channel is right here: this thread exists only to write.
            while (_queue.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                if (_queue.TryPeek(out var head) && head is MaintenanceRequest maintenance)
                {
                    Volatile.Write(ref _inFlightSince, head.EnqueuedTimestamp);
                    _queue.TryRead(out _);
                    RunMaintenance(maintenance);
                }
                else
                {
                    TakeBatch();
                    if (_batch.Count > 0)
                    {
                        CommitBatch();
                    }
                }

                Volatile.Write(ref _inFlightSince, 0);
            }
        }
        catch (Exception ex)
        {
            // Unreachable by design (every write is guarded); if it happens, fail what is left rather than hang callers.
            SqliteTelemetryLog.WriterStopped(_logger, ex);
            while (_queue.TryRead(out var request))
            {
                Finish(request, ex);
            }
        }
        finally
        {
            _writer?.Dispose();
            _writer = null;
            _stopped.TrySetResult();
        }
    }

    /// <summary>Takes consecutive appends up to the point budget; a maintenance request ends the batch.</summary>
    private void TakeBatch()
    {
        _batch.Clear();
        var points = 0;
        while (_queue.TryPeek(out var next) && next is AppendRequest append
            && (_batch.Count == 0 || points + append.PointCount <= _maxPointsPerCommit))
        {
            if (_batch.Count == 0)
            {
                Volatile.Write(ref _inFlightSince, next.EnqueuedTimestamp);
            }

            _queue.TryRead(out _);
            _batch.Add(append);
            points += append.PointCount;
        }
    }

    private void CommitBatch()
    {
        if (TryCommit(_batch, out var error))
        {
            return;
        }

        if (_batch.Count == 1)
        {
            Finish(_batch[0], error);
            return;
        }

        // Isolate the culprit: one bad write must not take other devices' good data down with it.
        foreach (var request in _batch)
        {
            _single.Clear();
            _single.Add(request);
            if (!TryCommit(_single, out var singleError))
            {
                Finish(request, singleError);
            }
        }
    }

    private bool TryCommit(List<AppendRequest> requests, out Exception error)
    {
        try
        {
            _writer ??= new TelemetryBatchWriter(_database);
            _writer.Commit(requests);
        }
        catch (Exception ex)
        {
            SqliteTelemetryLog.CommitFailed(_logger, ex, requests.Count);
            ResetWriter();
            error = ex;
            return false;
        }

        var points = 0;
        foreach (var request in requests)
        {
            points += request.PointCount;
        }

        Interlocked.Add(ref _committedPoints, points);
        Interlocked.Increment(ref _committedBatches);
        // Stats first, then callers: whoever observes completion also sees the write no longer pending.
        foreach (var request in requests)
        {
            _completed(request);
            request.Complete();
        }

        error = null!;
        return true;
    }

    private void RunMaintenance(MaintenanceRequest request)
    {
        long result;
        try
        {
            _writer ??= new TelemetryBatchWriter(_database);
            using var transaction = _writer.Connection.BeginTransaction();
            result = request.Work(_writer, transaction);
            transaction.Commit();
        }
        catch (Exception ex)
        {
            SqliteTelemetryLog.MaintenanceFailed(_logger, ex);
            ResetWriter();
            Finish(request, ex);
            return;
        }

        _completed(request);
        request.Complete(result);
    }

    /// <summary>A fresh connection after any failure: no half-open transaction, no series ids that were rolled back.</summary>
    private void ResetWriter()
    {
        try
        {
            _writer?.Dispose();
        }
        catch (Exception ex)
        {
            SqliteTelemetryLog.MaintenanceFailed(_logger, ex);
        }

        _writer = null;
    }

    private void Finish(WriteRequest request, Exception error)
    {
        _completed(request);
        request.Fail(error);
    }
}
