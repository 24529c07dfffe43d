using System.IO.Compression;
using System.Text;
using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Tests.Gtfs;

/// <summary>The archive and its files: damaged zips, limits, folders, encodings, headers. None of them throws.</summary>
public sealed class GtfsZipReaderTests
{
    private static GtfsReadResult Read(GtfsZip zip, GtfsReadLimits? limits = null) => Read(zip.ToStream(), limits);

    private static GtfsReadResult Read(Stream stream, GtfsReadLimits? limits = null) => GtfsZipReader.Read(stream, GtfsZip.Today, limits);

    private static GtfsNoticeGroup Notice(GtfsReadResult result, GtfsNoticeCode code) =>
        result.Report.Find(code.Code) ?? throw new Xunit.Sdk.XunitException($"No {code.Code}; got {string.Join(", ", result.Report.Notices.Select(n => n.Code))}");

    [Fact]
    public void Read_ValidFeed_AcceptedWithoutWarnings()
    {
        var result = Read(GtfsZip.Valid());

        Assert.True(result.Accepted);
        Assert.Empty(result.Report.Notices);
        Assert.Equal(3, result.Feed.Stops.Count);
        Assert.Equal("2026-03", result.Feed.FeedInfo!.Version);
    }

    [Fact]
    public void Read_NotAZip_InvalidZipFile()
    {
        var result = Read(new MemoryStream(Encoding.UTF8.GetBytes("stop_id,stop_name\nS1,Quay\n")));

        Assert.False(result.Accepted);
        Assert.Equal(GtfsSeverity.Error, Notice(result, GtfsNoticeCodes.InvalidZipFile).Severity);
    }

    [Fact]
    public void Read_TruncatedZip_InvalidZipFile()
    {
        var bytes = GtfsZip.Valid().ToBytes();

        var result = Read(new MemoryStream(bytes[..(bytes.Length / 2)]));

        Assert.False(result.Accepted);
        Assert.NotNull(result.Report.Find(GtfsNoticeCodes.InvalidZipFile.Code));
    }

    [Fact]
    public void Read_EmptyZip_EveryRequiredFileMissing()
    {
        var result = Read(new GtfsZip());

        Assert.Equal(5, Notice(result, GtfsNoticeCodes.MissingRequiredFile).TotalNotices);
        Assert.NotNull(result.Report.Find(GtfsNoticeCodes.MissingCalendarAndCalendarDateFiles.Code));
    }

    [Fact]
    public void Read_FilesInAFolder_InvalidInputFilesInSubfolder()
    {
        var valid = GtfsZip.Valid();
        var nested = new GtfsZip();
        foreach (var name in new[] { "agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt", "calendar.txt" })
        {
            using var zip = new ZipArchive(valid.ToStream());
            using var content = new MemoryStream();
            zip.GetEntry(name)!.Open().CopyTo(content);
            nested.With("feed/" + name, content.ToArray());
        }

        var result = Read(nested);

        Assert.Contains("feed/", Notice(result, GtfsNoticeCodes.InvalidInputFilesInSubfolder).SampleNotices[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreEntriesThanAllowed_ZipTooLarge()
    {
        var result = Read(GtfsZip.Valid().With("extra1.txt", "x").With("extra2.txt", "x"), new GtfsReadLimits(MaxEntries: 9));

        Assert.False(result.Accepted);
        Assert.NotNull(result.Report.Find(GtfsNoticeCodes.ZipTooLarge.Code));
        Assert.Empty(result.Feed.Stops);
    }

    private static byte[] CompressibleStopTimes()
    {
        // 8 MB of one repeated row compresses to a few kilobytes.
        var row = "T1,08:00:00,08:00:00,S1,1\n";
        return GtfsZip.Valid().With("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + string.Concat(Enumerable.Repeat(row, 320_000))).ToBytes();
    }

    [Fact]
    public void Read_ZipBomb_RefusedBeforeInflating()
    {
        var result = Read(new MemoryStream(CompressibleStopTimes()), new GtfsReadLimits(MaxUncompressedBytes: 1_000_000));

        Assert.False(result.Accepted);
        Assert.Contains("1,000,000 bytes", Notice(result, GtfsNoticeCodes.ZipTooLarge).SampleNotices[0].Message, StringComparison.Ordinal);
        Assert.Empty(result.Feed.StopTimes);
    }

    [Fact]
    public void Read_ZipLyingAboutItsSize_NeverReadsMoreThanItClaims()
    {
        var bytes = CompressibleStopTimes();
        ZipHeaders.ClaimUncompressedSize(bytes, "stop_times.txt", 100);

        var result = Read(new MemoryStream(bytes), new GtfsReadLimits(MaxUncompressedBytes: 1_000_000));

        Assert.False(result.Accepted);
        Assert.True(result.Feed.StopTimes.Count < 5);
    }

    [Fact]
    public void Read_Latin1File_InvalidCharacterWithLine()
    {
        var latin1 = Encoding.Latin1.GetBytes("stop_id,stop_name,stop_lat,stop_lon\nS1,Quay,55.6761,12.5683\nS2,Nørreport,55.6800,12.5700\nS3,Park,55.6850,12.5750\n");

        var result = Read(GtfsZip.Valid().With("stops.txt", latin1));

        var notice = Notice(result, GtfsNoticeCodes.InvalidCharacter);
        Assert.Equal(("stops.txt", 3L), (notice.SampleNotices[0].File, notice.SampleNotices[0].Row));
        Assert.Contains("line 3", notice.SampleNotices[0].Message, StringComparison.Ordinal);
        Assert.False(result.Accepted);
    }

    [Fact]
    public void Read_Utf8Bom_HeaderRead()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("stop_id,stop_name,stop_lat,stop_lon\nS1,Quay,55.6761,12.5683\nS2,Market,55.68,12.57\nS3,Park,55.685,12.575\n")).ToArray();

        var result = Read(GtfsZip.Valid().With("stops.txt", withBom));

        Assert.True(result.Accepted);
        Assert.Equal("S1", result.Feed.Stops[0].Id);
    }

    [Fact]
    public void Read_Utf16WithBom_DecodedWithAWarning()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("stop_id,stop_name,stop_lat,stop_lon\r\nS1,Quay,55.6761,12.5683\r\nS2,Østerport,55.68,12.57\r\nS3,Park,55.685,12.575\r\n")).ToArray();

        var result = Read(GtfsZip.Valid().With("stops.txt", utf16));

        Assert.True(result.Accepted);
        Assert.Equal("Østerport", result.Feed.Stops[1].Name);
        Assert.Equal(GtfsSeverity.Warning, Notice(result, GtfsNoticeCodes.UnexpectedEncoding).Severity);
    }

    [Fact]
    public void Read_QuotedCommaInName_OneValue()
    {
        var result = Read(GtfsZip.Valid().Replace("stops.txt", "S2,Market,", "S2,\"Market, north side\","));

        Assert.True(result.Accepted);
        Assert.Equal("Market, north side", result.Feed.Stops[1].Name);
    }

    [Fact]
    public void Read_MissingColumn_RefusedNamingIt()
    {
        var result = Read(GtfsZip.Valid().With("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id\nT1,08:00:00,08:00:00,S1\n"));

        var sample = Notice(result, GtfsNoticeCodes.MissingRequiredColumn).SampleNotices.Single();
        Assert.Equal(("stop_times.txt", "stop_sequence"), (sample.File, sample.Field));
        Assert.Null(result.Report.Find(GtfsNoticeCodes.ForeignKeyViolation.Code)); // no cross-file echo of a broken file
    }

    [Fact]
    public void Read_UnknownFileAndColumn_Info()
    {
        var result = Read(GtfsZip.Valid().With("fare_attributes.txt", "fare_id\n1\n").Replace("routes.txt", "route_type\n", "route_type,route_fancy\n").Replace("routes.txt", ",3\n", ",3,x\n"));

        Assert.True(result.Accepted);
        Assert.Equal(GtfsSeverity.Info, Notice(result, GtfsNoticeCodes.UnknownFile).Severity);
        Assert.Equal("route_fancy", Notice(result, GtfsNoticeCodes.UnknownColumn).SampleNotices[0].Field);
        Assert.Equal((0, 0, 2), (result.Report.Summary.Errors, result.Report.Summary.Warnings, result.Report.Summary.Infos));
    }

    [Fact]
    public void Read_EmptyFile_EmptyFileError()
    {
        var result = Read(GtfsZip.Valid().With("routes.txt", ""));

        Assert.NotNull(result.Report.Find(GtfsNoticeCodes.EmptyFile.Code));
    }
}
