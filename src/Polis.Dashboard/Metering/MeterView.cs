using Polis.Metering.Meters;
using Polis.Metering.Processing;
using Polis.Metering.Readings;

namespace Polis.Dashboard.Metering;

/// <summary>A meter's validated series of a range, with the audit trail and the analyst edits overlapping it.</summary>
public sealed record MeterView(Meter Meter, IReadOnlyList<StoredInterval> Values, IReadOnlyList<IntervalAuditRecord> Audit, IReadOnlyList<StoredEdit> Edits);
