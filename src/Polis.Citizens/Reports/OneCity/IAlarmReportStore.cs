namespace Polis.Citizens.Reports.OneCity;

/// <summary>The link between platform alarms and the work reports filed from them: at most one report per alarm.</summary>
public interface IAlarmReportStore
{
    /// <summary>
    /// Takes <paramref name="alarmId"/> for a new work report: null when taken now, else the claim that holds it. A claim
    /// still without a report made before <paramref name="staleBefore"/> (its writer died) is taken over.
    /// </summary>
    Task<AlarmReportClaim?> ClaimAsync(Guid alarmId, string actor, DateTimeOffset at, DateTimeOffset staleBefore, CancellationToken cancellationToken = default);

    /// <summary>Records the report written for a claimed alarm.</summary>
    Task CompleteAsync(Guid alarmId, long reportId, CancellationToken cancellationToken = default);

    /// <summary>Gives up a claim whose report could not be written.</summary>
    Task ReleaseAsync(Guid alarmId, CancellationToken cancellationToken = default);

    /// <summary>The alarm a work report was filed from, if any.</summary>
    Task<Guid?> AlarmOfReportAsync(long reportId, CancellationToken cancellationToken = default);
}
