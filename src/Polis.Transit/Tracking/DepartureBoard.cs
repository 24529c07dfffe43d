using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// A stop's next departures: its timetable (yesterday's late runs, today's, and tomorrow's when the board reaches
/// past midnight) with the predictions of the vehicles serving those runs laid over it. Calls a tracked vehicle has
/// already left are dropped; calls nobody is tracked on show as scheduled and go once their time has passed. Last
/// stops and calls without pickup are left out: nobody boards there.
/// </summary>
public static class DepartureBoard
{
    /// <summary>How far ahead the board looks for scheduled calls.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(12);

    public static IReadOnlyList<BoardCall> Build(TransitNetwork network, string stopId, IReadOnlyList<VehicleState> vehicles, DateTimeOffset now, int limit)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(vehicles);
        var live = new Dictionary<(string RunKey, int StopIndex), (StopTimePrediction Prediction, string VehicleId)>();
        var left = new HashSet<(string RunKey, int StopIndex)>();
        foreach (var vehicle in vehicles)
        {
            if (vehicle.Trip is not { } run || vehicle.NextStopIndex is not { } next)
            {
                continue;
            }

            foreach (var prediction in vehicle.Predictions)
            {
                if (prediction.StopId == stopId)
                {
                    live[(run.Key, prediction.StopIndex)] = (prediction, vehicle.VehicleId);
                }
            }

            for (var i = 0; i < next; i++)
            {
                if (run.Trip.Stops[i].StopId == stopId)
                {
                    left.Add((run.Key, i));
                }
            }
        }

        var today = network.LocalDate(now);
        var board = new List<BoardCall>();
        for (var date = today.AddDays(-1); date <= network.LocalDate(now + Horizon); date = date.AddDays(1))
        {
            foreach (var call in network.StopTimetable(stopId, date))
            {
                var key = (call.Instance.Key, call.StopIndex);
                if (call.IsLastStop || call.Stop.PickupType == 1 || left.Contains(key))
                {
                    continue;
                }

                var line = live.TryGetValue(key, out var tracked) ? new BoardCall(call, tracked.Prediction, tracked.VehicleId) : new BoardCall(call, null, null);
                if (line.Expected >= now && call.Departure <= now + Horizon)
                {
                    board.Add(line);
                }
            }
        }

        return [.. board.OrderBy(b => b.Expected).ThenBy(b => b.Call.Instance.Key, StringComparer.Ordinal).Take(Math.Max(0, limit))];
    }
}
