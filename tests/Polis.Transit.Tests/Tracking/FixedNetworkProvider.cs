using Polis.Transit.Feeds;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Tracking;

/// <summary>A network provider holding one network, for tests (the real one loads the active feed from the store).</summary>
internal sealed class FixedNetworkProvider(TransitNetwork? network) : ITransitNetworkProvider
{
    public TransitNetwork? Current { get; } = network;

    /// <summary>Never raised: the network never changes.</summary>
    public event Action<TransitNetwork?>? Changed
    {
        add { }
        remove { }
    }
}
