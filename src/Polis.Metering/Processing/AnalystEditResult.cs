using Polis.Metering.Readings;

namespace Polis.Metering.Processing;

/// <summary>An applied analyst edit as stored, and the interval values it changed.</summary>
public sealed record AnalystEditResult(StoredEdit Edit, IReadOnlyList<StoredInterval> Changed);
