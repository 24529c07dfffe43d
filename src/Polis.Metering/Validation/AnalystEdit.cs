namespace Polis.Metering.Validation;

/// <summary>
/// An analyst's change to the intervals [<see cref="Start"/>, <see cref="End"/>) of a validated series, with the reason
/// and the analyst's name that the audit trail keeps. <see cref="Quantity"/>: for <see cref="AnalystAction.Set"/> the
/// value of each interval; for <see cref="AnalystAction.Estimate"/> the total to spread (e.g. from a manual read), or
/// null to estimate without one.
/// </summary>
public sealed record AnalystEdit(AnalystAction Action, DateTimeOffset Start, DateTimeOffset End, string Reason, string Actor)
{
    public double? Quantity { get; init; }

    public static AnalystEdit Set(DateTimeOffset start, DateTimeOffset end, double quantity, string reason, string actor) =>
        new(AnalystAction.Set, start, end, reason, actor) { Quantity = quantity };

    public static AnalystEdit Accept(DateTimeOffset start, DateTimeOffset end, string reason, string actor) =>
        new(AnalystAction.Accept, start, end, reason, actor);

    public static AnalystEdit Estimate(DateTimeOffset start, DateTimeOffset end, double? total, string reason, string actor) =>
        new(AnalystAction.Estimate, start, end, reason, actor) { Quantity = total };
}
