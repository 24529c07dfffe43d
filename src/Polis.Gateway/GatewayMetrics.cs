using System.Diagnostics.Metrics;
using Polis.Platform.Ingest;

namespace Polis.Gateway;

/// <summary>The gateway's instruments on the <c>Polis.Gateway</c> meter (exported with the other <c>Polis.*</c> meters).</summary>
internal sealed class GatewayMetrics
{
    public const string MeterName = "Polis.Gateway";

    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _received;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _unmatched;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _connections = meter.CreateUpDownCounter<long>("polis.gateway.connections", "{connection}", "Open device connections.");
        _received = meter.CreateCounter<long>("polis.gateway.messages.received", "{message}", "Device messages received, by transport and outcome.");
        _rejected = meter.CreateCounter<long>("polis.gateway.messages.rejected", "{message}", "Device messages refused, by reason.");
        _unmatched = meter.CreateCounter<long>("polis.gateway.rpc.responses.unmatched", "{message}", "RPC answers for no waiting request (unknown, answered, expired or another device's).");
    }

    public void ConnectionOpened(string transport) => _connections.Add(1, new KeyValuePair<string, object?>("transport", transport));

    public void ConnectionClosed(string transport) => _connections.Add(-1, new KeyValuePair<string, object?>("transport", transport));

    public void Accepted(string transport) => Received(transport, "accepted");

    public void Ignored(string transport) => Received(transport, "ignored");

    public void RpcResponseUnmatched(string transport)
    {
        Received(transport, "unmatched");
        _unmatched.Add(1, new KeyValuePair<string, object?>("transport", transport));
    }

    public void Rejected(string transport, RejectionReason reason)
    {
        Received(transport, "rejected");
        _rejected.Add(1, new KeyValuePair<string, object?>("reason", IngestMetrics.ReasonTag(reason)));
    }

    private void Received(string transport, string outcome) =>
        _received.Add(1, new KeyValuePair<string, object?>("transport", transport), new KeyValuePair<string, object?>("outcome", outcome));
}
