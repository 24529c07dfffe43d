using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Polis.Contracts.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// The writer connection with its prepared commands and the series-id cache; writes one group commit.
/// Used only by the writer thread. After a failed transaction it is disposed and replaced, which also
/// drops series ids that the rolled-back transaction had created.
/// </summary>
internal sealed class TelemetryBatchWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SeriesCommands _series;
    private readonly PointCommands _writes;
    private readonly SqliteCommand[] _commands;

    // device -> key -> series id. Every series the writer has seen; a few dozen bytes each.
    private readonly Dictionary<string, Dictionary<string, long>> _seriesIds = new(StringComparer.Ordinal);
    private readonly List<PendingPoint> _points = [];
    private readonly Dictionary<string, long> _activity = new(StringComparer.Ordinal);
    private readonly RollupAccumulator[] _rollups = new RollupAccumulator[RollupTables.StoredTiers.Length];
    private readonly long[] _bucketLengths = [.. RollupTables.StoredTiers.Select(RollupTables.BucketLength)];

    public TelemetryBatchWriter(SqliteDatabase database)
    {
        _connection = database.Open();
        try
        {
            // Rollup and raw inserts touch one hot leaf page per series; a larger cache keeps them resident.
            using (var pragma = _connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";
                pragma.ExecuteNonQuery();
            }

            _series = new SeriesCommands(_connection);
            _writes = new PointCommands(_connection);
            _commands = [.. _series.All];
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public SqliteConnection Connection => _connection;

    /// <summary>Writes all requests in one transaction and commits; sets each request's Inserted count.</summary>
    public void Commit(List<AppendRequest> batch)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var command in _commands)
        {
            command.Transaction = transaction;
        }

        Collect(batch);
        WritePoints(batch);
        foreach (var (deviceId, at) in _activity)
        {
            _writes.UpsertActivity(deviceId, at);
        }

        transaction.Commit();
    }

    /// <summary>Forgets a device's series ids (after its rows are deleted).</summary>
    public void ForgetDevice(string deviceId) => _seriesIds.Remove(deviceId);

    public void Dispose()
    {
        // Statements first: a connection going back to the pool must not keep them alive.
        _writes.Dispose();
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private void Collect(List<AppendRequest> batch)
    {
        _points.Clear();
        _activity.Clear();
        var sequence = 0;
        for (var r = 0; r < batch.Count; r++)
        {
            var request = batch[r];
            request.Inserted = 0;
            ref var activity = ref CollectionsMarshal.GetValueRefOrAddDefault(_activity, request.DeviceId, out var seen);
            activity = seen ? Math.Max(activity, request.ReceivedAt) : request.ReceivedAt;
            if (request.Points.Count == 0)
            {
                continue;
            }

            ref var keys = ref CollectionsMarshal.GetValueRefOrAddDefault(_seriesIds, request.DeviceId, out _);
            keys ??= new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = 0; i < request.Points.Count; i++)
            {
                var point = request.Points[i];
                ref var seriesId = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, point.Key, out var known);
                if (!known)
                {
                    seriesId = _series.Resolve(request.DeviceId, point.Key);
                }

                _points.Add(new PendingPoint(seriesId, point.Timestamp, sequence++, r, point.Value));
            }
        }
    }

    private void WritePoints(List<AppendRequest> batch)
    {
        var points = CollectionsMarshal.AsSpan(_points);
        points.Sort(default(PendingPointComparer));
        var series = -1L;
        var newest = -1;
        for (var i = 0; i < points.Length; i++)
        {
            ref readonly var point = ref points[i];
            if (point.SeriesId != series)
            {
                FlushSeries(series, newest);
                series = point.SeriesId;
                newest = -1;
            }

            if (!_writes.InsertRaw(point.SeriesId, point.Timestamp, point.Value))
            {
                continue; // already stored: first write wins, rollups unchanged
            }

            batch[point.RequestIndex].Inserted++;
            newest = i; // sorted by ts, so the last inserted point is the newest
            if (point.Value.IsNumeric && !double.IsNaN(point.Value.Number))
            {
                Accumulate(point.SeriesId, point.Timestamp, point.Value.Number);
            }
        }

        FlushSeries(series, newest);
    }

    private void Accumulate(long seriesId, long timestamp, double value)
    {
        for (var t = 0; t < _rollups.Length; t++)
        {
            ref var rollup = ref _rollups[t];
            var bucket = RollupTables.BucketStart(timestamp, _bucketLengths[t]);
            if (rollup.Count > 0 && rollup.BucketStart != bucket)
            {
                _writes.UpsertRollup(t, seriesId, in rollup);
                rollup.Count = 0;
            }

            if (rollup.Count == 0)
            {
                rollup.Start(bucket, value, timestamp);
            }
            else
            {
                rollup.Add(value, timestamp);
            }
        }
    }

    private void FlushSeries(long seriesId, int newest)
    {
        if (seriesId < 0)
        {
            return;
        }

        for (var t = 0; t < _rollups.Length; t++)
        {
            if (_rollups[t].Count > 0)
            {
                _writes.UpsertRollup(t, seriesId, in _rollups[t]);
                _rollups[t].Count = 0;
            }
        }

        if (newest >= 0)
        {
            var point = _points[newest];
            _writes.UpsertLatest(seriesId, point.Timestamp, point.Value);
        }
    }
}
