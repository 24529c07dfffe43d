namespace Polis.Metering.Registers;

/// <summary>Why register conversion flagged the interval starting at <see cref="IntervalStart"/>.</summary>
public readonly record struct RegisterNote(DateTimeOffset IntervalStart, RegisterFindings Findings, string Reason);
