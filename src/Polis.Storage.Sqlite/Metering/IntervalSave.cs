using Microsoft.Data.Sqlite;
using Polis.Metering.Readings;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// The writing of interval values and audit entries inside a caller's transaction (the interval store's own saves,
/// analyst edits stored with their effect): each meter's stored range is read once, only what differs is written, and
/// every change without an entry of its own gets one signed by the write's actor.
/// </summary>
internal static class IntervalSave
{
    public static async Task<IntervalSaveResult> RunAsync(SqliteConnection connection, IReadOnlyList<IntervalWrite> writes, CancellationToken cancellationToken)
    {
        await using var keys = new MeterKeys(connection);
        await using var statements = new IntervalWrites(connection);
        int inserted = 0, changed = 0, unchanged = 0, audited = 0;
        foreach (var write in writes)
        {
            var key = await keys.FindAsync(write.MeterId, cancellationToken) ?? throw new KeyNotFoundException($"There is no meter '{write.MeterId}'; nothing was saved.");
            var audit = new List<IntervalAuditRecord>(write.Audit);
            if (write.Values.Count > 0)
            {
                var explained = write.Audit.Select(a => IntervalRows.Seconds(a.IntervalStart)).ToHashSet();
                var starts = write.Values.Select(v => IntervalRows.Seconds(v.Value.Start)).ToList();
                var stored = await statements.ReadRangeAsync(key, starts.Min(), starts.Max(), cancellationToken);
                for (var i = 0; i < write.Values.Count; i++)
                {
                    var value = write.Values[i];
                    if (stored.TryGetValue(starts[i], out var before))
                    {
                        if (IntervalRows.Same(before, value))
                        {
                            unchanged++;
                            continue;
                        }

                        changed++;
                        if (!explained.Contains(starts[i]))
                        {
                            audit.Add(new IntervalAuditRecord(value.Value.Start, value.Value.End, before.Value.Quantity, before.Value.Quality, value.Value.Quantity,
                                value.Value.Quality, IIntervalStore.ReplacedRule, "replaced by a save that gave no audit entry for it", write.Actor, write.At));
                        }
                    }
                    else
                    {
                        inserted++;
                    }

                    await statements.UpsertAsync(key, value, cancellationToken);
                    stored[starts[i]] = value;
                }
            }

            foreach (var entry in audit)
            {
                await statements.AppendAuditAsync(key, entry, cancellationToken);
            }

            audited += audit.Count;
        }

        return new IntervalSaveResult(inserted, changed, unchanged, audited);
    }
}
