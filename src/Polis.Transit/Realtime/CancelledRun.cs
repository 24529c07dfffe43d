using Polis.Transit.Realtime.Cancellations;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime;

/// <summary>A stored cancellation whose run exists in the active network and has not yet ended.</summary>
public sealed record CancelledRun(TripCancellation Cancellation, TripInstance Run);
