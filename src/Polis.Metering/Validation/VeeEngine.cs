namespace Polis.Metering.Validation;

/// <summary>
/// Validation, estimation (and, through <see cref="VeeEdits"/>, editing) of one meter's interval consumption, as a
/// utility's meter data management does it. Checks first, each a named rule (<see cref="VeeRuleIds"/>) recording its
/// reason on the value: register findings (rollover, decrease, conflicting duplicates, exchange, timestamp
/// tolerance), negative consumption, spikes, zero streaks, then high/low usage against the meter's own history by
/// local clock time and day type. Then every gap is estimated. Every value ends Valid, Estimated, Edited or
/// Questionable; every change is an audit entry beside the original.
/// </summary>
public static class VeeEngine
{
    public static VeeResult Run(VeeInput input, VeeOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var workspace = VeeWorkspaceBuilder.Build(input, options);
        ValueChecks.Run(workspace, options);
        UsageBandCheck.Run(workspace, options);
        GapEstimator.Run(workspace, options);
        var audit = VeeAudit.Of(workspace, input.Actor, clock.GetUtcNow());
        return new VeeResult(new ValidatedSeries(workspace), audit);
    }
}
