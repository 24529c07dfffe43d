using System.IO.Compression;
using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// Reads a GTFS zip into a <see cref="GtfsFeed"/> and a report: the archive's own problems (not a zip, damaged,
/// over the limits, files in a folder), each file's encoding, header and values, then <see cref="GtfsValidator"/>'s
/// rules across files. Bad input of any kind becomes notices; nothing here throws for what a zip contains.
/// </summary>
public static class GtfsZipReader
{
    private static readonly GtfsNoticeCode[] StructuralCodes =
    [
        GtfsNoticeCodes.InvalidZipFile, GtfsNoticeCodes.ZipTooLarge, GtfsNoticeCodes.InvalidInputFilesInSubfolder, GtfsNoticeCodes.MissingRequiredFile,
        GtfsNoticeCodes.MissingRequiredColumn, GtfsNoticeCodes.EmptyFile, GtfsNoticeCodes.InvalidCharacter, GtfsNoticeCodes.CsvParsingFailed,
    ];

    /// <param name="zip">A seekable stream holding the archive.</param>
    /// <param name="today">The date the calendar and feed_info are checked against (expired calendars are warnings).</param>
    public static GtfsReadResult Read(Stream zip, DateOnly today, GtfsReadLimits? limits = null, IProgress<GtfsImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zip);
        limits ??= new GtfsReadLimits();
        var notices = new GtfsNoticeCollector(limits.MaxSamplesPerCode);
        var feed = new GtfsFeed();
        var files = new List<GtfsFileSummary>();
        var context = new GtfsTableContext(notices, new StringPool(), new GtfsRowNumbers(), progress);
        if (OpenEntries(zip, limits, notices) is { } archive)
        {
            using (archive)
            {
                ReadFiles(FindFiles(archive, notices), feed, files, context, cancellationToken);
            }
        }

        // Cross-file rules need every file whole: with one missing or unreadable they would echo that one error thousands of times.
        if (!StructuralCodes.Any(c => notices.Count(c) > 0))
        {
            progress?.Report(new GtfsImportProgress(GtfsImportStage.Validating, null, 0));
            GtfsValidator.Validate(feed, notices, new GtfsValidationContext(today, context.RowNumbers), cancellationToken);
        }

        return new GtfsReadResult(feed, notices.ToReport(files));
    }

    private static ZipArchive? OpenEntries(Stream zip, GtfsReadLimits limits, GtfsNoticeCollector notices)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            _ = archive.Entries.Count; // reads the central directory, where a damaged zip shows
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            notices.Add(GtfsNoticeCodes.InvalidZipFile, $"The file is not a readable zip archive ({ex.Message}). A GTFS feed is a zip of .txt files.");
            return null;
        }

        // The declared sizes bound what can be inflated: .NET stops an entry's stream at its declared length, so a
        // zip that lies about a size yields a truncated file (reported as such), never more bytes than it claims.
        var declared = archive.Entries.Sum(e => e.Length);
        if (archive.Entries.Count > limits.MaxEntries || declared > limits.MaxUncompressedBytes)
        {
            notices.Add(GtfsNoticeCodes.ZipTooLarge,
                $"The zip holds {archive.Entries.Count:N0} entries and {declared:N0} bytes uncompressed; at most {limits.MaxEntries:N0} entries and {limits.MaxUncompressedBytes:N0} bytes are accepted.");
            archive.Dispose();
            return null;
        }

        return archive;
    }

    /// <summary>The GTFS files at the zip's root, reporting missing, misplaced and unknown ones.</summary>
    private static Dictionary<GtfsFileSchema, ZipArchiveEntry> FindFiles(ZipArchive archive, GtfsNoticeCollector notices)
    {
        var found = new Dictionary<GtfsFileSchema, ZipArchiveEntry>();
        var nested = new List<string>();
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.EndsWith('/') || name.StartsWith("__MACOSX/", StringComparison.Ordinal))
            {
                continue;
            }

            var schema = Array.Find(GtfsSchemas.All, s => s.FileName == Path.GetFileName(name));
            if (name.Contains('/', StringComparison.Ordinal))
            {
                if (schema is not null)
                {
                    nested.Add(name);
                }
            }
            else if (schema is not null)
            {
                found.TryAdd(schema, entry);
            }
            else
            {
                notices.Add(GtfsNoticeCodes.UnknownFile, $"{name} is not a file Polis reads; it is ignored.", name);
            }
        }

        foreach (var schema in GtfsSchemas.Required.Where(s => !found.ContainsKey(s)))
        {
            var hint = nested.Count > 0 ? "" : " The feed needs agency, stops, routes, trips and stop_times.";
            notices.Add(GtfsNoticeCodes.MissingRequiredFile, $"{schema.FileName} is missing.{hint}", schema.FileName);
        }

        if (nested.Count > 0 && GtfsSchemas.Required.Any(s => !found.ContainsKey(s)))
        {
            notices.Add(GtfsNoticeCodes.InvalidInputFilesInSubfolder,
                $"GTFS files are inside a folder of the zip ({string.Join(", ", nested.Take(3))}…); they must be at the zip's root.", nested[0]);
        }

        if (!found.ContainsKey(GtfsSchemas.Calendar) && !found.ContainsKey(GtfsSchemas.CalendarDates))
        {
            notices.Add(GtfsNoticeCodes.MissingCalendarAndCalendarDateFiles, "Neither calendar.txt nor calendar_dates.txt is present: no trip has days to run on.");
        }

        if (!found.ContainsKey(GtfsSchemas.FeedInfo))
        {
            notices.Add(GtfsNoticeCodes.MissingRecommendedFile, "feed_info.txt is missing: publisher, version and validity dates are unknown.", GtfsSchemas.FeedInfo.FileName);
        }

        return found;
    }

    private static void ReadFiles(Dictionary<GtfsFileSchema, ZipArchiveEntry> entries, GtfsFeed feed, List<GtfsFileSummary> files, GtfsTableContext context,
        CancellationToken cancellationToken)
    {
        foreach (var schema in GtfsSchemas.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!entries.TryGetValue(schema, out var entry))
            {
                continue;
            }

            var rows = GtfsEntryReader.Read(schema, entry, feed, context);
            files.Add(new GtfsFileSummary(schema.FileName, rows));
            context.Progress?.Report(new GtfsImportProgress(GtfsImportStage.Reading, schema.FileName, rows));
        }
    }
}
