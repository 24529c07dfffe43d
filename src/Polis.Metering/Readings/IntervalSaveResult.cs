namespace Polis.Metering.Readings;

/// <summary>
/// What a save did: values new to the series, values changed (quantity, quality, rule or reason), values already
/// stored as given, and audit entries appended (those given plus those the store added for unexplained changes).
/// </summary>
public sealed record IntervalSaveResult(int Inserted, int Changed, int Unchanged, int AuditEntries);
