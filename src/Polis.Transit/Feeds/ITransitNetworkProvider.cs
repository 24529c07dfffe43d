using Polis.Transit.Timetable;

namespace Polis.Transit.Feeds;

/// <summary>
/// The active feed's <see cref="TransitNetwork"/>, shared by every reader. Null until a feed has been imported.
/// Replaced whole when another feed is activated (through the API, or by <c>polis import gtfs</c> writing to the
/// same database: the provider notices the new active feed within seconds).
/// </summary>
public interface ITransitNetworkProvider
{
    TransitNetwork? Current { get; }

    /// <summary>Raised after <see cref="Current"/> changed (on the thread that changed it; return quickly).</summary>
    event Action<TransitNetwork?>? Changed;
}
