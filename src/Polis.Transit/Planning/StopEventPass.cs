using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>Feeds every event of a stream (or a list, in tests) to an accumulator once, then builds its report.</summary>
internal static class StopEventPass
{
    public static async Task<TReport> RunAsync<TReport>(IAsyncEnumerable<StopEvent> events, IStopEventAccumulator<TReport> accumulator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        await foreach (var stopEvent in events.WithCancellation(cancellationToken))
        {
            accumulator.Add(stopEvent);
        }

        return accumulator.Build();
    }

    public static TReport Run<TReport>(IEnumerable<StopEvent> events, IStopEventAccumulator<TReport> accumulator)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var stopEvent in events)
        {
            accumulator.Add(stopEvent);
        }

        return accumulator.Build();
    }
}
