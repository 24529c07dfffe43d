namespace Polis.Transit.Gtfs.Reading;

/// <summary>A column of the file being read: its index in the header (-1 when the file lacks it) and its name.</summary>
internal readonly record struct GtfsColumn(int Index, string Name);
