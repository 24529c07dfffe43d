using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Contracts.Telemetry;
using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// The embedded telemetry store. All writes go through one queue to one writer thread that commits
/// everything pending in a single transaction (group commit, synchronous=FULL) and only then completes
/// the callers, so an acknowledged reading is durable. Reads run on their own WAL reader connections.
/// Idempotent on (device, key, ts): the first write wins and only inserted points enter rollups.
/// The caller runs <see cref="SqliteDatabase.Migrate"/> before constructing the store.
/// </summary>
public sealed class SqliteTelemetryStore : ITelemetryStore, IAsyncDisposable
{
    private readonly TelemetryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqliteTelemetryStore> _logger;
    private readonly Channel<WriteRequest> _queue;
    private readonly TelemetryWriteLoop _writer;
    private readonly TelemetryReads _reads;
    private readonly TelemetryAggregates _aggregates;
    private int _pendingWrites;
    private int _pendingPoints;
    private int _disposed;

    public SqliteTelemetryStore(SqliteDatabase database, IOptions<TelemetryOptions> options, TimeProvider timeProvider, ILogger<SqliteTelemetryStore> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _reads = new TelemetryReads(database);
        _aggregates = new TelemetryAggregates(database);

        // Unbounded: every caller awaits its own durability, so callers (QoS 1 in-flight windows,
        // HTTP requests) bound the queue; a bounded channel would only add a second wait.
        _queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
        _writer = new TelemetryWriteLoop(database, _queue.Reader, _options.MaxPointsPerCommit, logger, OnCompleted);
        _writer.Start();
    }

    public TelemetryStoreStats Stats
    {
        get
        {
            // The queue is FIFO and in-flight requests were queued before everything still queued.
            var oldest = _writer.InFlightSince;
            if (oldest == 0 && _queue.Reader.TryPeek(out var head))
            {
                oldest = head.EnqueuedTimestamp;
            }

            var age = oldest == 0 ? 0 : _timeProvider.GetElapsedTime(oldest).TotalMilliseconds;
            return new TelemetryStoreStats(
                Volatile.Read(ref _pendingWrites),
                Volatile.Read(ref _pendingPoints),
                Math.Max(0, age),
                _writer.CommittedBatches,
                _writer.CommittedPoints);
        }
    }

    public async Task<AppendResult> AppendAsync(string deviceId, IReadOnlyList<TelemetryPoint> points, long receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deviceId);
        ArgumentNullException.ThrowIfNull(points);
        cancellationToken.ThrowIfCancellationRequested();
        var request = new AppendRequest(deviceId, points, receivedAt, _timeProvider.GetTimestamp());
        Enqueue(request);

        // Cancelling stops the wait, not the write: the points may still commit, which is harmless
        // because writes are idempotent and an un-acknowledged device re-sends.
        return await request.Task.WaitAsync(cancellationToken);
    }

    public Task TouchAsync(string deviceId, long at, CancellationToken cancellationToken = default)
        => AppendAsync(deviceId, [], at, cancellationToken);

    public Task<long?> GetLastActivityAsync(string deviceId, CancellationToken cancellationToken = default)
        => _reads.GetLastActivityAsync(deviceId, cancellationToken);

    public Task<IReadOnlyList<TelemetryPoint>> GetLatestAsync(string deviceId, CancellationToken cancellationToken = default)
        => _reads.GetLatestAsync(deviceId, cancellationToken);

    public Task<IReadOnlyList<DeviceLatest>> GetLatestAsync(IReadOnlyCollection<string> deviceIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken = default)
        => _reads.GetLatestAsync(deviceIds, keys, cancellationToken);

    public Task<IReadOnlyList<TelemetryPoint>> GetRawAsync(string deviceId, string key, long from, long to, int limit, bool newestFirst, CancellationToken cancellationToken = default)
        => _reads.GetRawAsync(deviceId, key, from, to, limit, newestFirst, cancellationToken);

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateRequest request, CancellationToken cancellationToken = default)
        => _aggregates.AggregateAsync(request, cancellationToken);

    public async Task DeleteDeviceAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deviceId);
        await RunOnWriterAsync((writer, transaction) => DeviceDeletion.Delete(writer, transaction, deviceId), cancellationToken);
    }

    public async Task<long> ApplyRetentionAsync(long now, CancellationToken cancellationToken = default)
    {
        long total = 0;
        foreach (var tier in Enum.GetValues<RollupTier>())
        {
            if (_options.RetentionFor(tier) is not { } keep)
            {
                continue;
            }

            var cutoff = now - (long)keep.TotalMilliseconds;
            var pass = new TelemetryRetention(tier, cutoff);
            long removed = 0;
            while (!pass.Done)
            {
                // One chunk per queue turn: appends queued meanwhile commit before the next chunk.
                removed += await RunOnWriterAsync(pass.DeleteChunk, cancellationToken);
            }

            SqliteTelemetryLog.RetentionApplied(_logger, removed, tier.ToString(), cutoff);
            total += removed;
        }

        return total;
    }

    /// <summary>Flushes everything queued, then stops the writer and closes its connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _queue.Writer.TryComplete();
        }

        await _writer.Stopped;
    }

    private async Task<long> RunOnWriterAsync(Func<TelemetryBatchWriter, SqliteTransaction, long> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = new MaintenanceRequest(work, _timeProvider.GetTimestamp());
        Enqueue(request);
        return await request.Task.WaitAsync(cancellationToken);
    }

    private void Enqueue(WriteRequest request)
    {
        Interlocked.Increment(ref _pendingWrites);
        Interlocked.Add(ref _pendingPoints, request.PointCount);
        if (!_queue.Writer.TryWrite(request))
        {
            OnCompleted(request);
            throw new ObjectDisposedException(nameof(SqliteTelemetryStore));
        }
    }

    private void OnCompleted(WriteRequest request)
    {
        Interlocked.Decrement(ref _pendingWrites);
        Interlocked.Add(ref _pendingPoints, -request.PointCount);
    }
}
