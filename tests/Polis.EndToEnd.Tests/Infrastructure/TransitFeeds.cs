using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A small GTFS feed whose calendar covers today, and its import through <c>POST /api/v1/transit/feeds</c> (which
/// answers once the new network is served). Line R1 (route "1") runs trip T1 from S1 at 12:00 to S3 at 12:10 UTC
/// every day.
/// </summary>
public static class TransitFeeds
{
    public static Task ImportAsync(PolisApi api) => ImportAsync(api, Files(), "e2e-line-1.zip");

    /// <summary>Uploads a feed made of <paramref name="files"/> (name → CSV text) as the active transit feed.</summary>
    public static async Task ImportAsync(PolisApi api, IReadOnlyDictionary<string, string> files, string fileName)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var zip = Zip(files);
        using var content = new StreamContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        using var response = await api.Http.PostAsync(new Uri("/api/v1/transit/feeds", UriKind.Relative), content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A calendar.txt row running every day from a week ago to two months ahead.</summary>
    public static string EveryDay(string serviceId)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return string.Create(CultureInfo.InvariantCulture,
            $"service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n{serviceId},1,1,1,1,1,1,1,{today.AddDays(-7):yyyyMMdd},{today.AddDays(60):yyyyMMdd}\n");
    }

    private static Dictionary<string, string> Files() => new()
    {
        ["agency.txt"] = "agency_id,agency_name,agency_url,agency_timezone\nE2E,E2E Transit,https://example.org,Etc/UTC\n",
        ["stops.txt"] = "stop_id,stop_name,stop_lat,stop_lon\nS1,First,55.0,12.0\nS2,Second,55.0,12.01\nS3,Third,55.0,12.02\n",
        ["routes.txt"] = "route_id,agency_id,route_short_name,route_long_name,route_type\nR1,E2E,1,Line one,3\n",
        ["trips.txt"] = "route_id,service_id,trip_id,direction_id\nR1,ALL,T1,0\n",
        ["stop_times.txt"] = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,12:00:00,12:00:00,S1,1\nT1,12:05:00,12:05:00,S2,2\nT1,12:10:00,12:10:00,S3,3\n",
        ["calendar.txt"] = EveryDay("ALL"),
    };

    private static MemoryStream Zip(IReadOnlyDictionary<string, string> files)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        stream.Position = 0;
        return stream;
    }
}
