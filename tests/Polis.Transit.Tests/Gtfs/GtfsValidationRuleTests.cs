using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Tests.Gtfs;

/// <summary>
/// Each rule on the small valid feed with one thing broken: the expected code, its severity (errors refuse the
/// feed, warnings do not) and where it points (file, spreadsheet row, field).
/// </summary>
public sealed class GtfsValidationRuleTests
{
    private const string StopTimesHeader = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n";

    private static readonly Dictionary<string, Func<GtfsZip, GtfsZip>> Cases = new()
    {
        ["bad time"] = z => z.Replace("stop_times.txt", "T1,08:03:00,08:03:30", "T1,08:63:00,08:03:30"),
        ["bad date"] = z => z.Replace("calendar.txt", "20271231", "20271331"),
        ["bad float"] = z => z.Replace("stops.txt", "55.6800", "55.68x"),
        ["bad integer"] = z => z.Replace("stop_times.txt", "S2,2\nT2", "S2,two\nT2"),
        ["bad colour"] = z => z.Replace("routes.txt", "route_type\n", "route_type,route_color\n").Replace("routes.txt", ",3\n", ",3,#FF0000\n"),
        ["bad url"] = z => z.Replace("agency.txt", "https://transit.example", "transit.example"),
        ["bad timezone"] = z => z.Replace("agency.txt", "Europe/Copenhagen", "Europe/Atlantis"),
        ["latitude out of range"] = z => z.Replace("stops.txt", "55.6850", "95.6850"),
        ["unexpected enum"] = z => z.Replace("trips.txt", "Park,0,SH1\nR1,WK,T2", "Park,7,SH1\nR1,WK,T2"),
        ["missing field"] = z => z.Replace("trips.txt", "R1,WK,T2", ",WK,T2"),
        ["duplicate stop"] = z => z.Append("stops.txt", "S1,Quay again,55.6761,12.5683"),
        ["duplicate stop time"] = z => z.Append("stop_times.txt", "T1,08:10:00,08:10:00,S3,3"),
        ["unknown route"] = z => z.Replace("trips.txt", "R1,WK,T2", "R9,WK,T2"),
        ["unknown stop"] = z => z.Replace("stop_times.txt", "T2,09:03:00,09:03:30,S2", "T2,09:03:00,09:03:30,S9"),
        ["unknown service"] = z => z.Replace("trips.txt", "R1,WK,T2", "R1,SUN,T2"),
        ["unknown shape"] = z => z.Replace("trips.txt", "0,SH1\nR1,WK,T2,Park,0,SH1", "0,SH1\nR1,WK,T2,Park,0,SH9"),
        ["unknown parent station"] = z => z.Replace("stops.txt", "stop_lon\n", "stop_lon,parent_station\n").Replace("stops.txt", "12.5683\n", "12.5683,P9\n").Replace("stops.txt", "12.5700\n", "12.5700,\n").Replace("stops.txt", "12.5750\n", "12.5750,\n"),
        ["unknown agency"] = z => z.Replace("routes.txt", "R1,A1", "R1,A9"),
        ["backwards time"] = z => z.Replace("stop_times.txt", "T1,08:07:00,08:07:00", "T1,08:02:00,08:07:00"),
        ["only arrival"] = z => z.Replace("stop_times.txt", "T1,08:03:00,08:03:30", "T1,08:03:00,"),
        ["missing edge"] = z => z.Replace("stop_times.txt", "T1,08:07:00,08:07:00", "T1,,"),
        ["decreasing stop distance"] = z => z.With("stop_times.txt", StopTimesHeader.Replace("\n", ",shape_dist_traveled\n", StringComparison.Ordinal)
            + "T1,08:00:00,08:00:00,S1,1,0\nT1,08:03:00,08:03:30,S2,2,450\nT1,08:07:00,08:07:00,S3,3,450\nT2,09:00:00,09:00:00,S1,1,\nT2,09:07:00,09:07:00,S3,3,\n"),
        ["decreasing shape distance"] = z => z.With("shapes.txt", "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence,shape_dist_traveled\nSH1,55.6761,12.5683,1,0\nSH1,55.6800,12.5700,2,450\nSH1,55.6850,12.5750,3,400\n"),
        ["two time zones"] = z => z.Append("agency.txt", "A2,Ferry,https://ferry.example,Europe/Oslo").Replace("routes.txt", "R1,A1", "R1,A2"),
        ["route without names"] = z => z.Replace("routes.txt", "R1,A1,1,Quay - Park,3", "R1,A1,,,3"),
        ["no calendar"] = z => z.Without("calendar.txt"),
        ["overlapping frequencies"] = z => z.With("frequencies.txt", "trip_id,start_time,end_time,headway_secs\nT1,06:00:00,09:00:00,600\nT1,08:00:00,10:00:00,600\n"),
        ["new line in value"] = z => z.Replace("stops.txt", "S2,Market", "S2,\"Mar\nket\""),
        ["row too short"] = z => z.Append("stops.txt", "S4,Short row"),
        // Warnings: the feed is accepted.
        ["single stop trip"] = z => z.Append("trips.txt", "R1,WK,T3,Park,0,SH1").Append("stop_times.txt", "T3,10:00:00,10:00:00,S1,1"),
        ["trip without stop times"] = z => z.Append("trips.txt", "R1,WK,T3,Park,0,SH1"),
        ["unused stop"] = z => z.Append("stops.txt", "S4,Lonely,55.69,12.58"),
        ["unused shape"] = z => z.Append("shapes.txt", "SH2,55.6761,12.5683,1", "SH2,55.6850,12.5750,2"),
        ["stop far from shape"] = z => z.Replace("stops.txt", "S2,Market,55.6800,12.5700", "S2,Market,55.6800,12.5800"),
        ["fast travel"] = z => z.Replace("stops.txt", "S3,Park,55.6850,12.5750", "S3,Park,55.9850,12.5750").Replace("shapes.txt", "SH1,55.6850", "SH1,55.9850"),
        ["expired calendar"] = z => z.Replace("calendar.txt", "20260101,20271231", "20250101,20251231"),
        ["feed expiring"] = z => z.With("feed_info.txt", "feed_publisher_name,feed_publisher_url,feed_lang,feed_end_date\nHarbour Transit,https://transit.example,en,20260315\n"),
        ["no feed_info"] = z => z.Without("feed_info.txt"),
        ["padded value"] = z => z.Replace("stops.txt", "S2,Market,", "S2, Market ,"),
        ["blank row"] = z => z.Append("stops.txt", ""),
    };

    [Theory]
    [InlineData("bad time", "invalid_time", "stop_times.txt", 3, "arrival_time")]
    [InlineData("bad date", "invalid_date", "calendar.txt", 2, "end_date")]
    [InlineData("bad float", "invalid_float", "stops.txt", 3, "stop_lat")]
    [InlineData("bad integer", "invalid_integer", "stop_times.txt", 6, "stop_sequence")]
    [InlineData("bad colour", "invalid_color", "routes.txt", 2, "route_color")]
    [InlineData("bad url", "invalid_url", "agency.txt", 2, "agency_url")]
    [InlineData("bad timezone", "invalid_timezone", "agency.txt", 2, "agency_timezone")]
    [InlineData("latitude out of range", "number_out_of_range", "stops.txt", 4, "stop_lat")]
    [InlineData("missing field", "missing_required_field", "trips.txt", 3, "route_id")]
    [InlineData("duplicate stop", "duplicate_key", "stops.txt", 5, "stop_id")]
    [InlineData("duplicate stop time", "duplicate_key", "stop_times.txt", 8, "trip_id, stop_sequence")]
    [InlineData("unknown route", "foreign_key_violation", "trips.txt", 3, "route_id")]
    [InlineData("unknown stop", "foreign_key_violation", "stop_times.txt", 6, "stop_id")]
    [InlineData("unknown service", "foreign_key_violation", "trips.txt", 3, "service_id")]
    [InlineData("unknown shape", "foreign_key_violation", "trips.txt", 3, "shape_id")]
    [InlineData("unknown parent station", "foreign_key_violation", "stops.txt", 2, "parent_station")]
    [InlineData("unknown agency", "foreign_key_violation", "routes.txt", 2, "agency_id")]
    [InlineData("backwards time", "stop_time_with_arrival_before_previous_departure_time", "stop_times.txt", 4, "arrival_time")]
    [InlineData("only arrival", "stop_time_with_only_arrival_or_departure_time", "stop_times.txt", 3, "departure_time")]
    [InlineData("missing edge", "missing_trip_edge", "stop_times.txt", 4, "trip_id")]
    [InlineData("decreasing stop distance", "decreasing_or_equal_stop_time_distance", "stop_times.txt", 4, "shape_dist_traveled")]
    [InlineData("decreasing shape distance", "decreasing_or_equal_shape_distance", "shapes.txt", 4, "shape_dist_traveled")]
    [InlineData("two time zones", "inconsistent_agency_timezone", "agency.txt", 3, "agency_timezone")]
    [InlineData("route without names", "route_both_short_and_long_name_missing", "routes.txt", 2, "route_id")]
    [InlineData("no calendar", "missing_calendar_and_calendar_date_files", null, null, null)]
    [InlineData("overlapping frequencies", "overlapping_frequency", "frequencies.txt", 3, "start_time")]
    [InlineData("new line in value", "new_line_in_value", "stops.txt", 3, null)]
    [InlineData("row too short", "invalid_row_length", "stops.txt", 5, null)]
    public void Read_BrokenFeed_ErrorRefusesIt(string broken, string code, string? file, int? row, string? field)
    {
        var result = GtfsZipReader.Read(Cases[broken](GtfsZip.Valid()).ToStream(), GtfsZip.Today);

        var notice = result.Report.Find(code);
        Assert.True(notice is not null, $"{broken}: no {code}; got {string.Join(", ", result.Report.Notices.Select(n => n.Code))}");
        Assert.Equal(GtfsSeverity.Error, notice.Severity);
        var sample = notice.SampleNotices[0];
        Assert.Equal((file, (long?)row, field), (sample.File, sample.Row, sample.Field));
        Assert.False(string.IsNullOrWhiteSpace(sample.Message));
        Assert.False(result.Accepted);
    }

    [Theory]
    [InlineData("unexpected enum", "unexpected_enum_value", "trips.txt", 2, "direction_id")]
    [InlineData("single stop trip", "unusable_trip", "trips.txt", 4, "trip_id")]
    [InlineData("trip without stop times", "unused_trip", "trips.txt", 4, "trip_id")]
    [InlineData("unused stop", "stop_without_stop_time", "stops.txt", 5, "stop_id")]
    [InlineData("unused shape", "unused_shape", "shapes.txt", 5, "shape_id")]
    [InlineData("stop far from shape", "stop_too_far_from_shape", "stop_times.txt", 3, "stop_id")]
    [InlineData("fast travel", "fast_travel_between_consecutive_stops", "stop_times.txt", 4, "arrival_time")]
    [InlineData("expired calendar", "expired_calendar", "calendar.txt", 2, "service_id")]
    [InlineData("feed expiring", "feed_expiration_date7_days", "feed_info.txt", 2, "feed_end_date")]
    [InlineData("no feed_info", "missing_recommended_file", "feed_info.txt", null, null)]
    [InlineData("padded value", "leading_or_trailing_whitespaces", "stops.txt", 3, "stop_name")]
    [InlineData("blank row", "empty_row", "stops.txt", 5, null)]
    public void Read_QuestionableFeed_WarningAccepted(string broken, string code, string? file, int? row, string? field)
    {
        var result = GtfsZipReader.Read(Cases[broken](GtfsZip.Valid()).ToStream(), GtfsZip.Today);

        var notice = result.Report.Find(code);
        Assert.True(notice is not null, $"{broken}: no {code}; got {string.Join(", ", result.Report.Notices.Select(n => n.Code))}");
        Assert.Equal(GtfsSeverity.Warning, notice.Severity);
        var sample = notice.SampleNotices[0];
        Assert.Equal((file, (long?)row, field), (sample.File, sample.Row, sample.Field));
        Assert.True(result.Accepted, string.Join(", ", result.Report.Notices.Where(n => n.Severity == GtfsSeverity.Error).Select(n => n.Code)));
    }

    [Fact]
    public void Collector_ManyNotices_CountsAllKeepsFirstSamples()
    {
        var notices = new GtfsNoticeCollector(maxSamplesPerCode: 3);
        for (var i = 0; i < 1000; i++)
        {
            notices.Add(GtfsNoticeCodes.InvalidTime, $"bad {i}", "stop_times.txt", i + 2);
        }

        notices.Add(GtfsNoticeCodes.UnknownFile, "x");
        var report = notices.ToReport([]);

        Assert.Equal((1000, 0, 1), (report.Summary.Errors, report.Summary.Warnings, report.Summary.Infos));
        Assert.Equal(["invalid_time", "unknown_file"], report.Notices.Select(n => n.Code));
        Assert.Equal([2L, 3L, 4L], report.Notices[0].SampleNotices.Select(s => s.Row!.Value));
        Assert.Equal(1000, report.Notices[0].TotalNotices);
    }
}
