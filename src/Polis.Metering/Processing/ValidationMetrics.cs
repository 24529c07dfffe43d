using System.Diagnostics.Metrics;
using Polis.Metering.Ingest;
using Polis.Metering.Readings;

namespace Polis.Metering.Processing;

/// <summary>
/// Validation figures on the <c>Polis.Metering</c> meter (exported on /metrics): values written by quality, audit
/// entries, meters validated or failed, reads off an interval meter's grid, edits that no longer applied.
/// </summary>
public sealed class ValidationMetrics
{
    private readonly Counter<long> _values;
    private readonly Counter<long> _audit;
    private readonly Counter<long> _meters;
    private readonly Counter<long> _offGrid;
    private readonly Counter<long> _skippedEdits;

    public ValidationMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeteringIngestMetrics.MeterName);
        _values = meter.CreateCounter<long>("polis.metering.validated.values", "{value}", "Interval values written by validation (new or changed), by quality.");
        _audit = meter.CreateCounter<long>("polis.metering.validation.audit.entries", "{entry}", "Audit entries appended by validation.");
        _meters = meter.CreateCounter<long>("polis.metering.validation.meters", "{meter}", "Meters validated, by outcome (validated, failed).");
        _offGrid = meter.CreateCounter<long>("polis.metering.validation.reads.off_grid", "{read}", "Interval-meter values stamped off the meter's grid (kept, not used).");
        _skippedEdits = meter.CreateCounter<long>("polis.metering.validation.edits.skipped", "{edit}", "Stored analyst edits that no longer applied when re-validating.");
    }

    public void Validated(MeterValidation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        _meters.Add(1, new KeyValuePair<string, object?>("outcome", "validated"));
        _offGrid.Add(validation.OffGridReads);
        _skippedEdits.Add(validation.SkippedEdits);
        if (validation.Write is not { } write)
        {
            return;
        }

        foreach (var group in write.Values.GroupBy(v => v.Value.Quality))
        {
            _values.Add(group.Count(), new KeyValuePair<string, object?>("quality", Tag(group.Key)));
        }

        _audit.Add(write.Audit.Count);
    }

    public void Failed() => _meters.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    private static string Tag(ReadingQuality quality) => quality switch
    {
        ReadingQuality.Valid => "valid",
        ReadingQuality.Estimated => "estimated",
        ReadingQuality.Edited => "edited",
        _ => "questionable",
    };
}
