using Polis.Transit.Live;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Cancellations;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime;

/// <summary>
/// Everything one build of the feeds reads, taken at one instant: the active network (null before any import),
/// the tracker's vehicles, the stored cancellations and alerts. Vehicles whose report is older than
/// <see cref="StaleAfter"/> are left out of every feed.
/// </summary>
public sealed record RealtimeFeedInput(
    TransitNetwork? Network,
    IReadOnlyList<VehicleState> Vehicles,
    IReadOnlyList<TripCancellation> Cancellations,
    IReadOnlyList<ServiceAlert> Alerts,
    DateTimeOffset Now,
    TimeSpan StaleAfter);
