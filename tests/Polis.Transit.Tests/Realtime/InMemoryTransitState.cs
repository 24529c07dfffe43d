using Polis.Transit.Feeds;
using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Realtime;

/// <summary>The tracker and the feed import as tests set them: vehicles and the active network, replaced at will.</summary>
internal sealed class InMemoryTransitState(TransitNetwork? network = null) : ITransitLiveState, ITransitNetworkProvider
{
    public TransitNetwork? Current { get; private set; } = network;

    public IReadOnlyList<VehicleState> Vehicles { get; set; } = [];

    public event Action<TransitNetwork?>? Changed;

    public VehicleState? Find(string vehicleId) => Vehicles.FirstOrDefault(v => v.VehicleId == vehicleId);

    public void Activate(TransitNetwork? network)
    {
        Current = network;
        Changed?.Invoke(network);
    }
}
