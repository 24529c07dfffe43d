using Microsoft.Extensions.Options;

namespace Polis.Metering.Ingest;

/// <summary>
/// Imports register reads from head-end systems: each row is checked (<see cref="ReadImportRules"/>), the good ones are
/// stored in one transaction with the same idempotency as device readings, and every row's fate is reported.
/// </summary>
public sealed class ReadImporter(IRegisterReadStore store, MeteringIngestMetrics metrics, IOptions<MeteringIngestOptions> options, TimeProvider timeProvider)
{
    /// <summary>Imports <paramref name="rows"/> for <paramref name="meterId"/>, or for each row's own meter when it is null.</summary>
    public Task<ReadImportReport> ImportAsync(IReadOnlyList<ReadImportRow> rows, string? meterId, CancellationToken cancellationToken = default) =>
        ImportAsync(rows, meterId, null, cancellationToken);

    /// <summary>As above; with <paramref name="intervalGrid"/> (an interval meter's interval length) a row must be stamped on an interval's end.</summary>
    public async Task<ReadImportReport> ImportAsync(IReadOnlyList<ReadImportRow> rows, string? meterId, TimeSpan? intervalGrid, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var now = timeProvider.GetUtcNow();
        var results = new ReadImportRowResult?[rows.Count];
        var writes = new List<RegisterReadWrite>(rows.Count);
        var writeRows = new List<int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var meter = meterId ?? row.MeterId;
            var (at, value, refusal) = ReadImportRules.Check(row, now, options.Value.MaxClockSkew);
            if (string.IsNullOrWhiteSpace(meter))
            {
                refusal ??= "unknown meter: no meter id";
            }

            if (refusal is null && intervalGrid is { } step && at.UtcTicks % step.Ticks != 0)
            {
                refusal = $"off the meter's grid: interval values are stamped at the end of a {step.TotalMinutes:0}-minute interval";
            }

            if (refusal is not null)
            {
                results[i] = Result(row, meter, ImportRowOutcome.Refused, refusal);
                continue;
            }

            writes.Add(new RegisterReadWrite(meter!, at, value, now, ReadSource.Import));
            writeRows.Add(i);
        }

        var outcomes = writes.Count == 0 ? [] : await store.AppendAsync(writes, cancellationToken);
        metrics.Stored(ReadSource.Import, outcomes);
        for (var j = 0; j < outcomes.Count; j++)
        {
            var row = rows[writeRows[j]];
            results[writeRows[j]] = outcomes[j] switch
            {
                ReadOutcome.Accepted => null,
                ReadOutcome.Duplicate => Result(row, writes[j].MeterId, ImportRowOutcome.Duplicate, "the same value is already stored for this instant"),
                ReadOutcome.Conflicting => Result(row, writes[j].MeterId, ImportRowOutcome.Conflicting, "a different value is stored for this instant; this one is kept as a conflicting read"),
                _ => Result(row, writes[j].MeterId, ImportRowOutcome.Refused, $"unknown meter: '{writes[j].MeterId}'"),
            };
        }

        var issues = results.OfType<ReadImportRowResult>().ToList();
        return new ReadImportReport(
            rows.Count,
            rows.Count - issues.Count,
            issues.Count(r => r.Outcome == ImportRowOutcome.Duplicate),
            issues.Count(r => r.Outcome == ImportRowOutcome.Conflicting),
            issues.Count(r => r.Outcome == ImportRowOutcome.Refused),
            issues);
    }

    private static ReadImportRowResult Result(ReadImportRow row, string? meterId, ImportRowOutcome outcome, string reason) =>
        new(row.Row, meterId, row.Instant, row.Value, outcome, reason);
}
