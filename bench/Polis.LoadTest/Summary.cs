using System.Globalization;

namespace Polis.LoadTest;

/// <summary>The human-readable line printed to stderr beside the JSON result.</summary>
public static class Summary
{
    public static string Describe(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"[{result.Label}] QoS {result.Qos}: {result.Clients} clients x {result.MessagesPerClient} msgs ({result.PayloadBytes} B), {result.InFlight} in flight: " +
            $"{result.Acked}/{result.Sent} {(result.Qos == 1 ? "acked" : "sent")} in {result.ElapsedSeconds:0.000} s = {result.MessagesPerSecond:N0} msg/s");
        if (result.AckP50Ms is { } p50)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; ack p50 {p50:0.00} ms, p95 {result.AckP95Ms:0.00} ms, p99 {result.AckP99Ms:0.00} ms, max {result.AckMaxMs:0.00} ms");
        }

        if (result.StoredAfterSeconds is { } stored)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"; stored {result.ReadingsStored:N0} readings after {stored:0.000} s ({result.StoredMessagesPerSecond:N0} msg/s) in {result.GroupCommits:N0} commits ({result.ReadingsPerCommit:0.0} readings/commit)");
        }

        if (result.Errors > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {result.Errors} errors, first: {result.FirstError}");
        }

        return result.TimedOut ? text + "; TIMED OUT" : text;
    }
}
