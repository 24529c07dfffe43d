namespace Polis.Metering.Tariffs;

/// <summary>Local clock times [<see cref="From"/>, <see cref="To"/>) priced as <see cref="Period"/>; quarter-hour boundaries.</summary>
public sealed record TimeWindow
{
    public required ClockTime From { get; init; }

    public required ClockTime To { get; init; }

    public required string Period { get; init; }
}
