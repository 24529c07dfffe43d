namespace Polis.LoadTest;

/// <summary>One RPC run's figures; printed as one JSON line so scripts can collect them.</summary>
public sealed record RpcLoadResult
{
    public string Mode { get; init; } = "rpc";

    public required string Label { get; init; }

    public required string Target { get; init; }

    public required int Devices { get; init; }

    public required int Calls { get; init; }

    public required int InFlight { get; init; }

    public required int Qos { get; init; }

    public required int WarmupCalls { get; init; }

    /// <summary>All N devices connected and subscribed, with the limited connect concurrency.</summary>
    public required double ConnectSeconds { get; init; }

    /// <summary>Calls that got their device's answer with the right echo.</summary>
    public required long Answered { get; init; }

    public required long Timeouts { get; init; }

    public required long Mismatches { get; init; }

    /// <summary>Every call that did not come back answered: timeouts, mismatches and failures, plus device-side errors.</summary>
    public required long Errors { get; init; }

    public string? FirstError { get; init; }

    /// <summary>Answers the devices published (warm-up included).</summary>
    public required long DeviceAnswers { get; init; }

    public required bool TimedOut { get; init; }

    /// <summary>First measured call started → last measured call ended.</summary>
    public required double ElapsedSeconds { get; init; }

    public required double CallsPerSecond { get; init; }

    /// <summary>Round trip of answered calls: request sent → answer received by the caller.</summary>
    public double? P50Ms { get; init; }

    public double? P95Ms { get; init; }

    public double? P99Ms { get; init; }

    public double? MaxMs { get; init; }

    public double? MeanMs { get; init; }

    /// <summary>CPU the load tool itself used during the measured calls (devices and caller).</summary>
    public required double ToolCpuSeconds { get; init; }

    /// <summary>With --server-pid: CPU the server used during the measured calls.</summary>
    public double? ServerCpuSeconds { get; init; }
}
