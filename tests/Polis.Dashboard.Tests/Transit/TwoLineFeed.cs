using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>
/// A feed made in code for exact checks, in UTC: line L runs east along latitude 55.0 from longitude 12.0 (stops L0 … L40,
/// 400 m apart, 2 min between stops, no dwell; its shape in shapes.txt; route colour 1565C0), line K runs north along
/// the longitude of L5 (stops K0 … K40 the same way; no shape, so its line goes through its stops; no route colour).
/// Each line starts a trip at every full and half hour, all day, every day: a bus 12 min late cannot be mistaken for
/// one 18 min early on the next trip (beyond the tracker's 10 min early limit). A trip takes 80 min, so wherever the
/// clock puts a test's bus (4 to 34 min into its run, see <see cref="ReportingBus"/>) at least 20 stops lie ahead.
/// </summary>
public static class TwoLineFeed
{
    public const string LineColour = "#1565c0";
    public const int StopCount = 41;
    public const double StopSpacingMetres = 400;
    public const int SecondsBetweenStops = 120;
    public const int TripsPerDay = 48;

    private const double MetresPerDegreeLatitude = 6_371_008.8 * Math.PI / 180;
    private static readonly double MetresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(55.0 * Math.PI / 180);

    /// <summary>Where a bus <paramref name="seconds"/> into a trip of <paramref name="line"/> ("L" or "K") is.</summary>
    public static (double Latitude, double Longitude) PositionAt(string line, double seconds)
    {
        var metres = Math.Clamp(seconds / SecondsBetweenStops * StopSpacingMetres, 0, (StopCount - 1) * StopSpacingMetres);
        return line == "L" ? (55.0, Math.Round(12.0 + (metres / MetresPerDegreeLongitude), 6)) : (Math.Round(KStartLatitude + (metres / MetresPerDegreeLatitude), 6), KLongitude);
    }

    /// <summary>The start of the latest trip that left at least <paramref name="before"/> ago (trips leave on the full and half hour).</summary>
    public static DateTimeOffset TripStartBefore(DateTimeOffset now, TimeSpan before)
    {
        var at = now - before;
        return new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.FromMinutes(30).Ticks), TimeSpan.Zero);
    }

    public static async Task UploadAsync(PolisApi api)
    {
        using var content = new ByteArrayContent(Zip());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var response = await api.Http.PostAsync(new Uri("/api/v1/transit/feeds", UriKind.Relative), content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static double KLongitude => PositionAt("L", 5 * SecondsBetweenStops).Longitude;

    private const double KStartLatitude = 55.0 - (5 * StopSpacingMetres / MetresPerDegreeLatitude);

    private static byte[] Zip()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\n");
        var times = new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
        var trips = new StringBuilder("route_id,service_id,trip_id,direction_id,trip_headsign,shape_id\n");
        var shape = new StringBuilder("shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n");
        foreach (var line in (string[])["L", "K"])
        {
            for (var i = 0; i < StopCount; i++)
            {
                var (latitude, longitude) = PositionAt(line, i * SecondsBetweenStops);
                stops.Append(CultureInfo.InvariantCulture, $"{line}{i},{(line == "L" ? "Long Street" : "Cross Street")} {i},{latitude:F6},{longitude:F6}\n");
                if (line == "L")
                {
                    shape.Append(CultureInfo.InvariantCulture, $"L-east,{latitude:F6},{longitude:F6},{i + 1}\n");
                }
            }

            for (var trip = 0; trip < TripsPerDay; trip++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"{line}{trip:D2}");
                trips.Append(CultureInfo.InvariantCulture, $"{line},ALL,{id},0,{(line == "L" ? "East End" : "North Hill")},{(line == "L" ? "L-east" : "")}\n");
                for (var i = 0; i < StopCount; i++)
                {
                    var clock = Clock((trip * 1800) + (i * SecondsBetweenStops));
                    times.Append(CultureInfo.InvariantCulture, $"{id},{clock},{clock},{line}{i},{i + 1}\n");
                }
            }
        }

        var files = new Dictionary<string, string>
        {
            ["agency.txt"] = "agency_id,agency_name,agency_url,agency_timezone\nDT,Dashboard Transit,https://example.org,Etc/UTC\n",
            ["stops.txt"] = stops.ToString(),
            ["routes.txt"] = "route_id,agency_id,route_short_name,route_long_name,route_type,route_color,route_text_color\nL,DT,L,Long Street,3,1565C0,FFFFFF\nK,DT,K,Cross Street,3,,\n",
            ["trips.txt"] = trips.ToString(),
            ["stop_times.txt"] = times.ToString(),
            ["shapes.txt"] = shape.ToString(),
            ["calendar.txt"] = string.Create(CultureInfo.InvariantCulture,
                $"service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nALL,1,1,1,1,1,1,1,{today.AddDays(-7):yyyyMMdd},{today.AddDays(60):yyyyMMdd}\n"),
        };
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }

    private static string Clock(int seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}");
}
