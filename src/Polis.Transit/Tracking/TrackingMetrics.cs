using System.Diagnostics.Metrics;
using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>
/// Tracking figures on the <c>Polis.Transit</c> meter (exported on /metrics): reports processed and rejected by
/// reason, how accepted reports were matched, readings dropped because the tracker was behind.
/// </summary>
public sealed class TrackingMetrics
{
    public const string MeterName = "Polis.Transit";

    private readonly Counter<long> _reports;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _matches;
    private readonly Counter<long> _dropped;

    public TrackingMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _reports = meter.CreateCounter<long>("polis.transit.reports", "{report}", "Vehicle reports processed, by outcome (accepted, rejected).");
        _rejected = meter.CreateCounter<long>("polis.transit.reports.rejected", "{report}", "Vehicle reports rejected, by reason.");
        _matches = meter.CreateCounter<long>("polis.transit.matches", "{report}", "Accepted vehicle reports by how the trip was found (none, assigned, matched).");
        _dropped = meter.CreateCounter<long>("polis.transit.readings.dropped", "{message}", "Bus readings dropped because the tracker was behind.");
    }

    public void Processed(TrackResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Rejection is { } reason)
        {
            _reports.Add(1, new KeyValuePair<string, object?>("outcome", "rejected"));
            _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason.Tag()));
            return;
        }

        _reports.Add(1, new KeyValuePair<string, object?>("outcome", "accepted"));
        _matches.Add(1, new KeyValuePair<string, object?>("source", (result.State?.MatchSource ?? TripMatchSource.None) switch
        {
            TripMatchSource.Assigned => "assigned",
            TripMatchSource.Matched => "matched",
            _ => "none",
        }));
    }

    public void Dropped() => _dropped.Add(1);
}
