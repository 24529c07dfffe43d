using BenchmarkDotNet.Attributes;
using Polis.Platform.Ingest;

namespace Polis.Benchmarks;

/// <summary>The gateway's first step on every message: JSON payload to telemetry points.</summary>
[MemoryDiagnoser]
public class TelemetryParserBenchmarks
{
    private ReadOnlyMemory<byte> _payload;
    private long _now;

    [Params(PayloadShape.Flat, PayloadShape.Timestamped, PayloadShape.Array)]
    public PayloadShape Shape { get; set; }

    [Params(false, true)]
    public bool Large { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _payload = Payloads.Create(Shape, Large, _now);
        if (!TelemetryPayloadParser.Parse(_payload, _now, 1_000).Succeeded)
        {
            throw new InvalidOperationException("benchmark payload does not parse");
        }
    }

    [Benchmark]
    public ParseOutcome Parse() => TelemetryPayloadParser.Parse(_payload, _now, 1_000);
}
