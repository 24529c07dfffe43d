using System.Diagnostics.Metrics;

namespace Polis.Metering.Ingest;

/// <summary>
/// Ingest figures on the <c>Polis.Metering</c> meter (exported on /metrics): register reads stored by outcome and
/// source, readings of devices without a meter, readings set aside because ingest was behind.
/// </summary>
public sealed class MeteringIngestMetrics
{
    public const string MeterName = "Polis.Metering";

    private readonly Counter<long> _reads;
    private readonly Counter<long> _unassigned;
    private readonly Counter<long> _missed;

    public MeteringIngestMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _reads = meter.CreateCounter<long>("polis.metering.reads", "{read}", "Register reads stored, by outcome (accepted, duplicate, conflicting, unknown-meter) and source.");
        _unassigned = meter.CreateCounter<long>("polis.metering.readings.unassigned", "{reading}", "Register readings of meter devices that no meter reports as (kept in telemetry).");
        _missed = meter.CreateCounter<long>("polis.metering.readings.missed", "{reading}", "Register readings not queued because ingest was behind (back-filled from telemetry).");
    }

    public void Stored(ReadSource source, IReadOnlyList<ReadOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var sourceTag = new KeyValuePair<string, object?>("source", Tag(source));
        foreach (var group in outcomes.GroupBy(o => o))
        {
            _reads.Add(group.Count(), new KeyValuePair<string, object?>("outcome", Tag(group.Key)), sourceTag);
        }
    }

    public void Unassigned(long readings) => _unassigned.Add(readings);

    public void Missed(long readings) => _missed.Add(readings);

    private static string Tag(ReadSource source) => source switch
    {
        ReadSource.Device => "device",
        ReadSource.Import => "import",
        _ => "backfill",
    };

    private static string Tag(ReadOutcome outcome) => outcome switch
    {
        ReadOutcome.Accepted => "accepted",
        ReadOutcome.Duplicate => "duplicate",
        ReadOutcome.Conflicting => "conflicting",
        _ => "unknown-meter",
    };
}
