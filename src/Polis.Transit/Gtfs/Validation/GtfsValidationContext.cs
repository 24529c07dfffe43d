using Polis.Transit.Gtfs.Reading;

namespace Polis.Transit.Gtfs.Validation;

/// <summary>What the rules need besides the feed: today's date (expiry) and where each record came from (notices).</summary>
public sealed record GtfsValidationContext(DateOnly Today, GtfsRowNumbers? Rows = null)
{
    public GtfsRowNumbers RowNumbers => Rows ?? GtfsRowNumbers.None;

    public long Row(string file, int index) => RowNumbers.Row(file, index);
}
