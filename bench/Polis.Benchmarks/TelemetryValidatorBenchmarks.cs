using BenchmarkDotNet.Attributes;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;
using Polis.Platform.Ingest;

namespace Polis.Benchmarks;

/// <summary>
/// Profile and clock checks of parsed points: against a profile without ranges (generic) and one that
/// defines a range for every key (each point is looked up by a linear scan of the profile's keys).
/// </summary>
[MemoryDiagnoser]
public class TelemetryValidatorBenchmarks
{
    private IReadOnlyList<TelemetryPoint> _points = [];
    private DeviceProfile _profile = null!;
    private long _now;

    [Params(false, true)]
    public bool Large { get; set; }

    [Params(false, true)]
    public bool RangedProfile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _points = TelemetryPayloadParser.Parse(Payloads.Create(PayloadShape.Timestamped, Large, _now), _now, 1_000).Points!;
        var keys = RangedProfile
            ? Enumerable.Range(0, 100).Select(i => new TelemetryKeyDefinition(Payloads.Key(i), "u", -50, 150)).ToArray()
            : [];
        _profile = new DeviceProfile("bench", "Bench", null, 60, null, keys);
        if (Validate() is { } rejection)
        {
            throw new InvalidOperationException($"benchmark points are refused: {rejection.Detail}");
        }
    }

    [Benchmark]
    public Rejection? Validate() => TelemetryValidator.Validate(_points, _profile, _now, TimeSpan.FromMinutes(10));
}
