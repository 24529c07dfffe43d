namespace Polis.Transit.Gtfs.Reading;

/// <summary>A GTFS file Polis reads: the columns it must have and every column the reference defines for it.</summary>
internal sealed record GtfsFileSchema(string FileName, string[] RequiredColumns, string[] KnownColumns)
{
    public bool Knows(string column) => KnownColumns.Contains(column, StringComparer.Ordinal);
}
