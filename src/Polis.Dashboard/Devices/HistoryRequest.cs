using Polis.Platform.Telemetry;

namespace Polis.Dashboard.Devices;

/// <summary>
/// What the history chart asks for. <see cref="Interval"/> is null for raw readings, otherwise one of
/// <see cref="HistoryChoices.Intervals"/> in the API's form ("1m", "1h"…); <see cref="From"/> and <see cref="To"/> are
/// read only for <see cref="HistoryRange.Custom"/>.
/// </summary>
public sealed record HistoryRequest(
    string Key,
    HistoryRange Range,
    string? Interval,
    Aggregation Agg,
    DateTime? From = null,
    DateTime? To = null);
