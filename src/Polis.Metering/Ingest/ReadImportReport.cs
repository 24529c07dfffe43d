namespace Polis.Metering.Ingest;

/// <summary>
/// What an import did: counts by outcome, and every row that was not simply accepted (<see cref="Issues"/>: duplicates,
/// conflicting reads and refused rows with their reasons), so each row's fate is known.
/// </summary>
public sealed record ReadImportReport(int Rows, int Accepted, int Duplicates, int Conflicting, int Refused, IReadOnlyList<ReadImportRowResult> Issues);
