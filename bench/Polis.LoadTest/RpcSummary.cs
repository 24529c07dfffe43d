using System.Globalization;

namespace Polis.LoadTest;

/// <summary>The human-readable line printed to stderr beside the JSON result of an RPC run.</summary>
public static class RpcSummary
{
    public static string Describe(RpcLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"[{result.Label}] rpc QoS {result.Qos}: {result.Devices} devices (connected in {result.ConnectSeconds:0.0} s), {result.Calls} calls, {result.InFlight} in flight: " +
            $"{result.Answered}/{result.Calls} answered in {result.ElapsedSeconds:0.000} s = {result.CallsPerSecond:N0} calls/s");
        if (result.P50Ms is { } p50)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"; round trip p50 {p50:0.00} ms, p95 {result.P95Ms:0.00} ms, p99 {result.P99Ms:0.00} ms, max {result.MaxMs:0.00} ms; tool CPU {result.ToolCpuSeconds:0.00} s");
            if (result.ServerCpuSeconds is { } server)
            {
                text += string.Create(CultureInfo.InvariantCulture, $", server CPU {server:0.00} s");
            }
        }

        if (result.Errors > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"; {result.Errors} errors ({result.Timeouts} timeouts, {result.Mismatches} mismatches), first: {result.FirstError}");
        }

        return result.TimedOut ? text + "; TIMED OUT" : text;
    }
}
