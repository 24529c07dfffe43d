using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Static GTFS through the real process: upload a real feed, read routes, stops, trips, shapes and timetables from
/// it, replace it (the old version stays listed and readable), and have broken uploads refused with their report.
/// Each test uploads the feed it reads first, so the tests hold in any order.
/// </summary>
public sealed class TransitFeedApiTests(TransitPolisFixture fixture) : IClassFixture<TransitPolisFixture>
{
    private const string Caltrain = "caltrain_20090308_1937.zip";
    private const string BullRunner = "bullrunner-gtfs.zip";

    private readonly PolisApi _api = fixture.Api;

    private async Task<HttpResponseMessage> UploadAsync(byte[] zip, bool multipart = false, string fileName = "feed.zip")
    {
        HttpContent content;
        if (multipart)
        {
            var file = new ByteArrayContent(zip);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            content = new MultipartFormDataContent { { file, "file", fileName } };
        }
        else
        {
            content = new ByteArrayContent(zip);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        }

        return await _api.Http.PostAsync(new Uri("/api/v1/transit/feeds", UriKind.Relative), content);
    }

    private async Task<JsonObject> UploadRealAsync(string name)
    {
        var response = await UploadAsync(await File.ReadAllBytesAsync(TransitPolisFixture.FeedPath(name)), multipart: true, fileName: name);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return body;
    }

    [Fact]
    public async Task Upload_Caltrain_TimetablesMatchTheFeed()
    {
        var upload = await UploadRealAsync(Caltrain);
        Assert.Equal("active", (string?)upload["feed"]!["status"]);
        Assert.Equal(0, upload["report"]!["summary"]!["errors"]!.GetValue<int>());
        Assert.Equal(4712, upload["feed"]!["rowCounts"]!["stop_times.txt"]!.GetValue<int>());

        // A weekday: WD01272009 runs. Expected calls computed from stop_times.txt with Python (trips of that service
        // calling at San Francisco, by departure): 98 calls, the first three below.
        var weekday = await _api.GetJsonAsync("/api/v1/transit/stops/San%20Francisco%20Caltrain/timetable?date=2009-03-10");
        var calls = weekday["calls"]!.AsArray();
        Assert.Equal(98, calls.Count);
        Assert.Equal(["10201272009 04:55:00", "10401272009 05:25:00", "10101272009 06:01:00"], calls.Take(3).Select(c => $"{c!["tripId"]} {c["departure"]}"));
        Assert.Equal("America/Los_Angeles", (string?)weekday["timeZone"]);
        Assert.Equal(new DateTimeOffset(2009, 3, 10, 4, 55, 0, TimeSpan.FromHours(-7)), calls[0]!["departureTime"]!.GetValue<DateTimeOffset>());
        Assert.Equal("24:01:00", (string?)calls[^1]!["departure"]); // 19801272009, past midnight of the same service date

        // Memorial Day: calendar_dates removes the weekday service and adds the Sunday one (28 calls, from 08:15).
        var holiday = (await _api.GetJsonAsync("/api/v1/transit/stops/San%20Francisco%20Caltrain/timetable?date=2009-05-25"))["calls"]!.AsArray();
        Assert.Equal(28, holiday.Count);
        Assert.Equal("42201272009 08:15:00", $"{holiday[0]!["tripId"]} {holiday[0]!["departure"]}");

        var routes = await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/routes");
        Assert.Equal(["ct_bullet", "ct_limited", "ct_local"], routes!.Select(r => (string)r!["id"]!).Order());
        var local = await _api.GetJsonAsync("/api/v1/transit/routes/ct_local");
        Assert.Equal([0, 1], local["directions"]!.AsArray().Select(d => d!["directionId"]!.GetValue<int>()));
        Assert.Contains("San Francisco Caltrain", local["directions"]![1]!["stopIds"]!.AsArray().Select(s => (string?)s));

        var trip = await _api.GetJsonAsync("/api/v1/transit/trips/10101272009");
        var stops = trip["stops"]!.AsArray();
        Assert.Equal(("22nd Street Caltrain", "05:52:00"), ((string)stops[^2]!["stopId"]!, (string)stops[^2]!["departure"]!));
        var shape = await _api.Http.GetAsync(new Uri($"/api/v1/transit/shapes/{trip["shapeId"]}", UriKind.Relative));
        Assert.Equal("application/geo+json", shape.Content.Headers.ContentType?.MediaType);
        Assert.Equal("LineString", (string?)JsonNode.Parse(await shape.Content.ReadAsStringAsync())!["geometry"]!["type"]);
    }

    [Fact]
    public async Task Stops_PagingBoundingBoxAndSearch_UnknownIdsAreProblems()
    {
        await UploadRealAsync(Caltrain);

        var page = await _api.GetJsonAsync("/api/v1/transit/stops?limit=10&offset=0");
        Assert.Equal((31, 10), (page["total"]!.GetValue<int>(), page["items"]!.AsArray().Count));
        // San Francisco's two stations (4th & King at 37.776, 22nd Street at 37.757) lie north of 37.75.
        var north = await _api.GetJsonAsync("/api/v1/transit/stops?bbox=-122.5,37.75,-122.3,37.8");
        Assert.Equal(["22nd Street Caltrain", "San Francisco Caltrain"], north["items"]!.AsArray().Select(s => (string)s!["id"]!));
        var search = await _api.GetJsonAsync("/api/v1/transit/stops?q=mountain");
        Assert.Equal("Mountain View Caltrain", (string?)search["items"]![0]!["name"]);

        foreach (var path in new[] { "/api/v1/transit/stops/nowhere", "/api/v1/transit/stops/nowhere/timetable", "/api/v1/transit/trips/none", "/api/v1/transit/shapes/none", "/api/v1/transit/routes/none" })
        {
            var response = await _api.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotNull((await PolisApi.ReadProblemAsync(response))["title"]);
        }

        var badDate = await _api.Http.GetAsync(new Uri("/api/v1/transit/stops/San%20Francisco%20Caltrain/timetable?date=10/03/2009", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task Upload_AnotherFeed_PreviousRetiredStillReadableAndDeletable()
    {
        var caltrain = (await UploadRealAsync(Caltrain))["feed"]!["id"]!.GetValue<long>();
        var bullRunner = (await UploadRealAsync(BullRunner))["feed"]!["id"]!.GetValue<long>();

        var feeds = (await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/feeds"))!;
        Assert.Equal("active", (string?)feeds.Single(f => f!["id"]!.GetValue<long>() == bullRunner)!["status"]);
        Assert.Equal("retired", (string?)feeds.Single(f => f!["id"]!.GetValue<long>() == caltrain)!["status"]);
        Assert.Equal(Caltrain, (string?)(await _api.GetJsonAsync($"/api/v1/transit/feeds/{caltrain}"))["fileName"]);
        Assert.Equal(0, (await _api.GetJsonAsync($"/api/v1/transit/feeds/{caltrain}/report"))["summary"]!["errors"]!.GetValue<int>());

        // Bull Runner is frequency-based: stop 230 on a Monday is served every 10 minutes from 07:01:04 to 23:51:04
        // by trip 1 (frequencies.txt 07:00-24:00 every 600 s; the stop is 64 s into the trip): 102 calls.
        var timetable = (await _api.GetJsonAsync("/api/v1/transit/stops/230/timetable?date=2015-03-09"))["calls"]!.AsArray();
        Assert.Equal(102, timetable.Count);
        Assert.Equal(["07:01:04", "07:11:04"], timetable.Take(2).Select(c => (string)c!["departure"]!));
        Assert.Equal(("23:51:04", "23:50:00"), ((string)timetable[^1]!["departure"]!, (string)timetable[^1]!["startTime"]!));

        var deleteActive = await _api.Http.DeleteAsync(new Uri($"/api/v1/transit/feeds/{bullRunner}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, deleteActive.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _api.Http.DeleteAsync(new Uri($"/api/v1/transit/feeds/{caltrain}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri($"/api/v1/transit/feeds/{caltrain}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Upload_FeedWithErrors_422WithReportAndNothingStored()
    {
        var before = (await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/feeds"))!.Count;

        var response = await UploadAsync(TransitPolisFixture.FeedWithUnknownRoute());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await PolisApi.ReadProblemAsync(response);
        var notice = problem["report"]!["notices"]!.AsArray().Single(n => (string?)n!["code"] == "foreign_key_violation")!;
        Assert.Equal("ERROR", (string?)notice["severity"]);
        Assert.Equal(("trips.txt", 3, "route_id", "R9"), ((string)notice["sampleNotices"]![0]!["file"]!, notice["sampleNotices"]![0]!["row"]!.GetValue<int>(),
            (string)notice["sampleNotices"]![0]!["field"]!, (string)notice["sampleNotices"]![0]!["value"]!));
        Assert.Equal(before, (await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/feeds"))!.Count);
    }

    [Fact]
    public async Task Upload_NotAZip_400WithAClearTitle()
    {
        var response = await UploadAsync("this is not a zip at all"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await PolisApi.ReadProblemAsync(response);
        Assert.Equal("Not a readable GTFS zip", (string?)problem["title"]);
        Assert.Equal("invalid_zip_file", (string?)problem["report"]!["notices"]![0]!["code"]);
    }

    [Fact]
    public async Task Feeds_Anonymous_Unauthorized()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/transit/routes", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(new Uri("/api/v1/transit/feeds", UriKind.Relative), new ByteArrayContent([1]))).StatusCode);
    }
}
