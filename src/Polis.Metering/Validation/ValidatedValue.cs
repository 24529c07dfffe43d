using Polis.Metering.Readings;

namespace Polis.Metering.Validation;

/// <summary>An interval value after VEE with the rules that fired on it and why (null when nothing did).</summary>
public readonly record struct ValidatedValue(IntervalValue Value, VeeRules Rules, string? Reason);
