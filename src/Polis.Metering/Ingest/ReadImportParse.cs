namespace Polis.Metering.Ingest;

/// <summary>An import body read into rows, or why it is malformed (then nothing of it is stored).</summary>
public sealed record ReadImportParse(IReadOnlyList<ReadImportRow>? Rows, string? Error)
{
    public static ReadImportParse Malformed(string error) => new(null, error);
}
