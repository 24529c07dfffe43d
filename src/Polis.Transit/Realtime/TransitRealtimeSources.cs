using Microsoft.Extensions.DependencyInjection;
using Polis.Transit.Feeds;
using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime;

/// <summary>
/// The active network and the live vehicles as the realtime part reads them. Both come from other parts of the
/// module (feed import, tracking); a host without one of them still serves valid, empty feeds rather than failing
/// to start, so they are looked up as optional services.
/// </summary>
public sealed class TransitRealtimeSources(IServiceProvider services)
{
    private readonly Lazy<ITransitNetworkProvider?> _network = new(services.GetService<ITransitNetworkProvider>);
    private readonly Lazy<ITransitLiveState?> _live = new(services.GetService<ITransitLiveState>);

    public TransitNetwork? Network => _network.Value?.Current;

    public IReadOnlyList<VehicleState> Vehicles => _live.Value?.Vehicles ?? [];
}
