using Polis.Metering.Validation;

namespace Polis.Metering.Processing;

/// <summary>An analyst edit as stored: re-applied (in id order) whenever VEE re-validates the intervals it covers.</summary>
public sealed record StoredEdit(long Id, string MeterId, AnalystEdit Edit, DateTimeOffset At);
