using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// One line of a live departure board: the scheduled call, and the prediction of the vehicle serving its run when
/// one is tracked (null: scheduled only). <see cref="Expected"/> is when it leaves: predicted, else scheduled.
/// </summary>
public sealed record BoardCall(StopCall Call, StopTimePrediction? Prediction, string? VehicleId)
{
    public DateTimeOffset Expected => Prediction?.Departure ?? Call.Departure;
}
