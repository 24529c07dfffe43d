namespace Polis.Metering.Ingest;

/// <summary>The outcome of one imported row, with the reason when it was refused or did not simply add a read.</summary>
public sealed record ReadImportRowResult(int Row, string? MeterId, string Instant, string Value, ImportRowOutcome Outcome, string? Reason);
