using Polis.Transit.Feeds;

namespace Polis.Dashboard.Transit;

/// <summary>
/// The active network prepared for the transit map, built once per network for every open map (a city's shapes and
/// stops are read once, not once per screen). Null while no feed is active.
/// </summary>
public sealed class TransitMapNetworks(ITransitNetworkProvider provider)
{
    private TransitMapNetwork? _current;

    public TransitMapNetwork? Current
    {
        get
        {
            if (provider.Current is not { } network)
            {
                return null;
            }

            var current = Volatile.Read(ref _current);
            if (current?.Network != network)
            {
                // Two circuits racing here both build it once; the last one kept is as good as the first.
                current = new TransitMapNetwork(network);
                Volatile.Write(ref _current, current);
            }

            return current;
        }
    }
}
