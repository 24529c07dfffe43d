using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Benchmarks;

/// <summary>One meter's month of register reads, its grid and the validated history VEE compares it with.</summary>
internal sealed record BenchMeterMonth(int Meter, IntervalGrid Grid, RegisterRead[] Reads, IntervalValue[] History);
