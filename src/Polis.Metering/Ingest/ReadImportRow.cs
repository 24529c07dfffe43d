namespace Polis.Metering.Ingest;

/// <summary>
/// One row of an import body as written: its <see cref="Row"/> number (the CSV line, or the JSON element's position
/// from 1), the meter (multi-meter imports only), the instant and the value as text, checked by <see cref="ReadImportRules"/>.
/// </summary>
public sealed record ReadImportRow(int Row, string? MeterId, string Instant, string Value);
