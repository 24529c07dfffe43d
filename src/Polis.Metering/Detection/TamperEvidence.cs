namespace Polis.Metering.Detection;

/// <summary>The tamper flags a device raised (keys) and the instant of the reading that carried them.</summary>
public sealed record TamperEvidence(IReadOnlyList<string> Flags, DateTimeOffset ReportedAt);
