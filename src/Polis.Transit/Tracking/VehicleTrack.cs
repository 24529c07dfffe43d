using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// Everything the tracker keeps of one vehicle between reports: the filter's and the matcher's memory, the passage
/// through its run, the run's delay filter, its latest headway, the state last published, report counts, and the
/// network the run belongs to (a new active feed starts matching over).
/// </summary>
public sealed record VehicleTrack(
    string VehicleId,
    ReportFilterState Filter,
    MatchMemory Match,
    RunProgress? Progress,
    DelayEstimate? Delay,
    int? HeadwaySeconds,
    VehicleState? State,
    VehicleReportCounts Counts,
    TransitNetwork? Network,
    DateTimeOffset LastHeard)
{
    public static VehicleTrack New(string vehicleId, DateTimeOffset now) =>
        new(vehicleId, ReportFilterState.Empty, MatchMemory.Empty, null, null, null, null, VehicleReportCounts.None, null, now);
}
