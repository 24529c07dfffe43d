using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>One report's state while stop events stream by in time order, and the report it makes of them at the end.</summary>
internal interface IStopEventAccumulator<out TReport>
{
    void Add(StopEvent stopEvent);

    TReport Build();
}
