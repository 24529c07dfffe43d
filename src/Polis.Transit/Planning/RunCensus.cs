namespace Polis.Transit.Planning;

/// <summary>
/// A route's scheduled runs (those with a timetable: runs of exact_times=0 periods are nominal and left out) that
/// ended by the time of the report: observed (stop events of the run), missed (none, while the route's other
/// vehicles were tracked before and after it) and untracked (none, and nothing tracked around it either: no
/// judgement). Scheduled = observed + missed + untracked.
/// </summary>
public sealed record RunCensus(int Scheduled, int Observed, int Missed, int Untracked);
