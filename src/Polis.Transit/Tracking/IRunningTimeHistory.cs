namespace Polis.Transit.Tracking;

/// <summary>Observed running times and dwells, as predictions read them (an empty aggregate where nothing was observed).</summary>
public interface IRunningTimeHistory
{
    RunningStats Segment(SegmentKey key);

    RunningStats Dwell(DwellKey key);
}
