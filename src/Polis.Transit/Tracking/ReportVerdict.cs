namespace Polis.Transit.Tracking;

/// <summary>
/// The filter's decision on one report: accepted (<see cref="Rejection"/> null) or rejected with a reason, and the
/// filter's next state. <see cref="Relocated"/> says the report was accepted as a confirmed jump, so whatever the
/// tracker inferred from earlier positions (progress along a run) no longer holds.
/// </summary>
public sealed record ReportVerdict(ReportRejection? Rejection, ReportFilterState State, bool Relocated = false)
{
    public bool Accepted => Rejection is null;
}
