using System.IO.Compression;
using System.Text;
using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// Reads one file of the zip into the feed: picks its encoding (UTF-8, with or without BOM; UTF-16 with a BOM is
/// decoded with a warning), reads the header and hands the rows to the file's reader.
/// </summary>
internal static class GtfsEntryReader
{
    /// <summary>Returns the data rows read.</summary>
    public static int Read(GtfsFileSchema schema, ZipArchiveEntry entry, GtfsFeed feed, GtfsTableContext context)
    {
        var file = schema.FileName;
        var notices = context.Notices;
        try
        {
            var utf16 = Utf16Encoding(entry);
            if (utf16 is not null)
            {
                notices.Add(GtfsNoticeCodes.UnexpectedEncoding, $"{file} is UTF-16; it was decoded, but GTFS files should be UTF-8.", file);
            }

            var stream = entry.Open();
            TextReader text = utf16 is null ? new StrictUtf8Reader(stream) : new StreamReader(stream, utf16, detectEncodingFromByteOrderMarks: false);
            using var csv = new CsvReader(text);
            if (GtfsTable.Open(schema, csv, context) is not { } table)
            {
                return 0;
            }

            ReadRows(table, feed);
            if (text is StrictUtf8Reader { InvalidLine: { } line })
            {
                notices.Add(GtfsNoticeCodes.InvalidCharacter,
                    $"{file} is not valid UTF-8 at line {line:N0} (saved as Latin-1 or another legacy encoding?). Save it as UTF-8.", file, line);
            }

            return table.Rows;
        }
        catch (DecoderFallbackException)
        {
            notices.Add(GtfsNoticeCodes.InvalidCharacter, $"{file} is not valid UTF-16 although it starts with a UTF-16 byte order mark.", file);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            notices.Add(GtfsNoticeCodes.InvalidZipFile, $"{file} cannot be unpacked from the zip ({ex.Message}).", file);
        }

        return 0;
    }

    private static void ReadRows(GtfsTable table, GtfsFeed feed)
    {
        switch (table.File)
        {
            case "agency.txt": GtfsNetworkFileReaders.ReadAgencies(table, feed); break;
            case "stops.txt": GtfsNetworkFileReaders.ReadStops(table, feed); break;
            case "routes.txt": GtfsNetworkFileReaders.ReadRoutes(table, feed); break;
            case "trips.txt": GtfsNetworkFileReaders.ReadTrips(table, feed); break;
            case "stop_times.txt": GtfsScheduleFileReaders.ReadStopTimes(table, feed); break;
            case "calendar.txt": GtfsScheduleFileReaders.ReadCalendars(table, feed); break;
            case "calendar_dates.txt": GtfsScheduleFileReaders.ReadCalendarDates(table, feed); break;
            case "shapes.txt": GtfsScheduleFileReaders.ReadShapes(table, feed); break;
            case "frequencies.txt": GtfsScheduleFileReaders.ReadFrequencies(table, feed); break;
            default: feed.FeedInfo = GtfsNetworkFileReaders.ReadFeedInfo(table); break;
        }
    }

    /// <summary>UTF-16 when the entry starts with its byte order mark; null for everything else (read as UTF-8).</summary>
    private static UnicodeEncoding? Utf16Encoding(ZipArchiveEntry entry)
    {
        Span<byte> start = stackalloc byte[2];
        using var peek = entry.Open();
        var read = peek.ReadAtLeast(start, 2, throwOnEndOfStream: false);
        return read < 2 ? null : (start[0], start[1]) switch
        {
            (0xFF, 0xFE) => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
            (0xFE, 0xFF) => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
            _ => null,
        };
    }
}
