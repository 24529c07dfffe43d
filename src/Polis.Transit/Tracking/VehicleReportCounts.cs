namespace Polis.Transit.Tracking;

/// <summary>A vehicle's reports so far: how many were used and how many were rejected, by reason. Immutable.</summary>
public sealed record VehicleReportCounts(long Accepted, IReadOnlyDictionary<ReportRejection, long> Rejected)
{
    public static VehicleReportCounts None { get; } = new(0, new Dictionary<ReportRejection, long>());

    public long RejectedTotal => Rejected.Values.Sum();

    public VehicleReportCounts WithAccepted() => this with { Accepted = Accepted + 1 };

    public VehicleReportCounts WithRejected(ReportRejection reason)
    {
        var rejected = new Dictionary<ReportRejection, long>(Rejected);
        rejected[reason] = rejected.GetValueOrDefault(reason) + 1;
        return this with { Rejected = rejected };
    }
}
