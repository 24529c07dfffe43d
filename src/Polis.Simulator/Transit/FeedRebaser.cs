using System.IO.Compression;

namespace Polis.Simulator.Transit;

/// <summary>
/// A copy of a GTFS zip with every date of calendar.txt, calendar_dates.txt and feed_info.txt moved by the same
/// number of days; every other entry, and every other byte of those three, as in the original. Entries keep their
/// names, order and timestamps, so the same feed and shift always give the same bytes.
/// </summary>
public static class FeedRebaser
{
    /// <summary>The date columns, by file (GTFS Schedule reference).</summary>
    public static IReadOnlyDictionary<string, string[]> DateColumns { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["calendar.txt"] = ["start_date", "end_date"],
        ["calendar_dates.txt"] = ["date"],
        ["feed_info.txt"] = ["feed_start_date", "feed_end_date"],
    };

    /// <summary>The rebased zip and how many dates moved in each file.</summary>
    public static (byte[] Zip, IReadOnlyDictionary<string, int> ShiftedDates) Rebase(byte[] zip, int days)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var shifted = new Dictionary<string, int>(StringComparer.Ordinal);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = entry.LastWriteTime;
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var bytes = Read(entry);
                if (DateColumns.TryGetValue(entry.FullName, out var columns))
                {
                    bytes = GtfsDateColumns.Shift(bytes, columns, days, out var count);
                    shifted[entry.FullName] = count;
                }

                using var stream = copy.Open();
                stream.Write(bytes);
            }
        }

        return (output.ToArray(), shifted);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
