namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// One occurrence of a notice: where (file, <see cref="Row"/> as a spreadsheet numbers it, the header being row 1;
/// field and value) and what is wrong in plain words.
/// </summary>
public sealed record GtfsNoticeSample(string Message, string? File = null, long? Row = null, string? Field = null, string? Value = null);
