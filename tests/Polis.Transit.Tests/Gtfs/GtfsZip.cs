using System.IO.Compression;
using System.Text;

namespace Polis.Transit.Tests.Gtfs;

/// <summary>
/// Builds GTFS zips in memory: a small valid feed by default (two stops, one route, two trips, a calendar,
/// a shape, feed_info) whose files a test replaces, removes or adds one at a time.
/// </summary>
internal sealed class GtfsZip
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public static GtfsZip Valid() => new GtfsZip()
        .With("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nA1,Harbour Transit,https://transit.example,Europe/Copenhagen\n")
        .With("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,Quay,55.6761,12.5683\nS2,Market,55.6800,12.5700\nS3,Park,55.6850,12.5750\n")
        .With("routes.txt", "route_id,agency_id,route_short_name,route_long_name,route_type\nR1,A1,1,Quay - Park,3\n")
        .With("trips.txt", "route_id,service_id,trip_id,trip_headsign,direction_id,shape_id\nR1,WK,T1,Park,0,SH1\nR1,WK,T2,Park,0,SH1\n")
        .With("stop_times.txt",
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" +
            "T1,08:00:00,08:00:00,S1,1\nT1,08:03:00,08:03:30,S2,2\nT1,08:07:00,08:07:00,S3,3\n" +
            "T2,09:00:00,09:00:00,S1,1\nT2,09:03:00,09:03:30,S2,2\nT2,09:07:00,09:07:00,S3,3\n")
        .With("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20260101,20271231\n")
        .With("shapes.txt", "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\nSH1,55.6761,12.5683,1\nSH1,55.6800,12.5700,2\nSH1,55.6850,12.5750,3\n")
        .With("feed_info.txt", "feed_publisher_name,feed_publisher_url,feed_lang,feed_version\nHarbour Transit,https://transit.example,en,2026-03\n");

    /// <summary>A date the valid feed runs on, with its calendar and feed well ahead.</summary>
    public static readonly DateOnly Today = new(2026, 3, 10);

    public GtfsZip With(string name, string content) => With(name, Encoding.UTF8.GetBytes(content));

    public GtfsZip With(string name, byte[] content)
    {
        _files[name] = content;
        return this;
    }

    public GtfsZip Without(string name)
    {
        _files.Remove(name);
        return this;
    }

    /// <summary>Appends lines to a file (each line gets a trailing LF).</summary>
    public GtfsZip Append(string name, params string[] lines) => With(name, Encoding.UTF8.GetString(_files[name]) + string.Concat(lines.Select(l => l + "\n")));

    /// <summary>Replaces text in one file.</summary>
    public GtfsZip Replace(string name, string from, string to) =>
        With(name, Encoding.UTF8.GetString(_files[name]).Replace(from, to, StringComparison.Ordinal));

    public MemoryStream ToStream()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in _files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }

    public byte[] ToBytes() => ToStream().ToArray();
}
