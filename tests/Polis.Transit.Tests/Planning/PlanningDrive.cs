using Polis.Transit.Tests.Tracking;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Planning;

/// <summary>
/// Drives simulated vehicles through the real tracker, each only from shortly before its run starts to shortly after it
/// ends (a train does not wait hours at its terminus), and returns the stop events the tracker recorded, in time order.
/// </summary>
internal static class PlanningDrive
{
    public static List<StopEvent> Run(TransitNetwork network, TimeSpan step, params SimulatedVehicle[] vehicles)
    {
        var drive = new TrackingDrive(network);
        var windows = vehicles.Select(v => (Vehicle: v, From: v.Run.ScheduledStart + v.Delay - TimeSpan.FromMinutes(2), To: v.Run.ScheduledEnd + v.Delay + v.HaltFor + TimeSpan.FromMinutes(2)))
            .ToList();
        for (var at = windows.Min(w => w.From); at <= windows.Max(w => w.To); at += step)
        {
            foreach (var (vehicle, from, to) in windows.Where(w => w.From <= at && at <= w.To))
            {
                drive.Report(vehicle.ReportAt(at));
            }
        }

        return [.. drive.Tracker.Recorder.TakeBatch().StopEvents.OrderBy(e => e.Time)];
    }
}
