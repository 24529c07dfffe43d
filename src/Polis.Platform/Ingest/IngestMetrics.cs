using System.Diagnostics.Metrics;
using Polis.Platform.Telemetry;

namespace Polis.Platform.Ingest;

/// <summary>
/// Ingest figures exported on /metrics: readings stored, messages refused by reason, and the telemetry
/// store's lag (how long the oldest write has waited for its group commit).
/// </summary>
public sealed class IngestMetrics
{
    public const string MeterName = "Polis.Ingest";

    private readonly Counter<long> _readings;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _rejected;

    public IngestMetrics(IMeterFactory meterFactory, ITelemetryStore store)
    {
        var meter = meterFactory.Create(MeterName);
        _readings = meter.CreateCounter<long>("polis.ingest.readings", "{reading}", "Telemetry readings made durable.");
        _messages = meter.CreateCounter<long>("polis.ingest.messages", "{message}", "Device messages accepted, by kind.");
        _rejected = meter.CreateCounter<long>("polis.ingest.rejected", "{message}", "Device messages refused, by reason.");
        meter.CreateObservableGauge("polis.telemetry.store.lag", () => store.Stats.OldestPendingMs, "ms", "Age of the oldest write waiting for a group commit.");
        meter.CreateObservableGauge("polis.telemetry.store.pending", () => (long)store.Stats.PendingPoints, "{reading}", "Readings waiting for a group commit.");
        meter.CreateObservableCounter("polis.telemetry.store.commits", () => store.Stats.CommittedBatches, "{commit}", "Group commits made.");
    }

    public void Accepted(string kind, int readings)
    {
        _messages.Add(1, new KeyValuePair<string, object?>("kind", kind));
        if (readings > 0)
        {
            _readings.Add(readings);
        }
    }

    public void Rejected(RejectionReason reason) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("reason", ReasonTag(reason)));

    /// <summary>Stable snake_case tag values, so dashboards do not break if an enum member is renamed.</summary>
    public static string ReasonTag(RejectionReason reason) => reason switch
    {
        RejectionReason.MalformedPayload => "malformed_payload",
        RejectionReason.InvalidValue => "invalid_value",
        RejectionReason.OutOfRange => "out_of_range",
        RejectionReason.InvalidTimestamp => "invalid_timestamp",
        RejectionReason.PayloadTooLarge => "payload_too_large",
        RejectionReason.RateLimited => "rate_limited",
        RejectionReason.TopicNotAllowed => "topic_not_allowed",
        _ => "unavailable",
    };
}
