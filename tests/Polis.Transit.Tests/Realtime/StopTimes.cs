using Polis.Transit.Realtime.Protobuf;

namespace Polis.Transit.Tests.Realtime;

/// <summary>The validator's rules between two sequential stop_time_updates of one trip update (E002, E022, E025, E036, E037, E001).</summary>
internal static class StopTimes
{
    public static void Check(List<string> findings, string entity, TripUpdate.Types.StopTimeUpdate? previous, TripUpdate.Types.StopTimeUpdate stop)
    {
        if (stop.Arrival is { HasTime: true } arrival)
        {
            GtfsRealtimeRules.Posix(findings, $"{entity}.arrival.time", (ulong)Math.Max(0, arrival.Time));
        }

        if (stop.Departure is { HasTime: true } departure)
        {
            GtfsRealtimeRules.Posix(findings, $"{entity}.departure.time", (ulong)Math.Max(0, departure.Time));
        }

        if (stop.Arrival is { HasTime: true } a && stop.Departure is { HasTime: true } d && d.Time < a.Time)
        {
            findings.Add($"E025 '{entity}' stop {stop.StopSequence} departs at {d.Time} before it arrives at {a.Time}");
        }

        if (previous is null)
        {
            return;
        }

        if (previous.HasStopSequence && stop.HasStopSequence)
        {
            if (stop.StopSequence == previous.StopSequence)
            {
                findings.Add($"E036 '{entity}' stop_sequence {stop.StopSequence} twice in a row");
            }
            else if (stop.StopSequence < previous.StopSequence)
            {
                findings.Add($"E002 '{entity}' stop_sequence {stop.StopSequence} after {previous.StopSequence}");
            }
        }

        if (previous.HasStopId && stop.HasStopId && stop.StopId == previous.StopId)
        {
            findings.Add($"E037 '{entity}' stop_id '{stop.StopId}' twice in a row");
        }

        var before = Latest(previous);
        var after = Earliest(stop);
        if (before is long b && after is long e && e <= b)
        {
            findings.Add($"E022 '{entity}' stop {stop.StopSequence} at {e} is not after the previous stop's {b}");
        }
    }

    private static long? Latest(TripUpdate.Types.StopTimeUpdate stop) =>
        stop.Departure is { HasTime: true } d ? d.Time : stop.Arrival is { HasTime: true } a ? a.Time : null;

    private static long? Earliest(TripUpdate.Types.StopTimeUpdate stop) =>
        stop.Arrival is { HasTime: true } a ? a.Time : stop.Departure is { HasTime: true } d ? d.Time : null;
}
