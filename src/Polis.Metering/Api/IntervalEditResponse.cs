using Polis.Metering.Processing;
using Polis.Metering.Validation;

namespace Polis.Metering.Api;

/// <summary>A stored analyst edit as the API shows it, with the values it changed when it was made.</summary>
public sealed record IntervalEditResponse(
    long Id, string MeterId, AnalystAction Action, DateTimeOffset From, DateTimeOffset To, double? Quantity, string Reason, string Actor, DateTimeOffset At)
{
    /// <summary>The interval values the edit changed (only when it was just made).</summary>
    public IReadOnlyList<IntervalResponse>? Changed { get; init; }

    public static IntervalEditResponse Of(StoredEdit stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var edit = stored.Edit;
        return new(stored.Id, stored.MeterId, edit.Action, edit.Start, edit.End, edit.Quantity, edit.Reason, edit.Actor, stored.At);
    }
}
