using System.IO.Compression;
using System.Text;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// A Polis process of its own for the transit API tests: which feed is active is process-wide state, so these
/// tests do not share the common process (each test uploads the feed it reads first).
/// </summary>
public sealed class TransitPolisFixture : IAsyncLifetime
{
    public PolisProcess Polis { get; private set; } = null!;

    public PolisApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Polis = await PolisProcess.StartAsync();
        Api = await PolisApi.SignInAsync(Polis);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Polis.DisposeAsync();
    }

    /// <summary>A real feed from ../shared/data/gtfs (see ../shared/data/README.md).</summary>
    public static string FeedPath(string name)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "gtfs", name));
    }

    /// <summary>A small feed whose second trip names a route that does not exist (foreign_key_violation, trips.txt row 3).</summary>
    public static byte[] FeedWithUnknownRoute()
    {
        var files = new Dictionary<string, string>
        {
            ["agency.txt"] = "agency_name,agency_url,agency_timezone\nHarbour Transit,https://transit.example,Europe/Copenhagen\n",
            ["stops.txt"] = "stop_id,stop_name,stop_lat,stop_lon\nS1,Quay,55.6761,12.5683\nS2,Market,55.6800,12.5700\n",
            ["routes.txt"] = "route_id,route_short_name,route_type\nR1,1,3\n",
            ["trips.txt"] = "route_id,service_id,trip_id\nR1,WK,T1\nR9,WK,T2\n",
            ["stop_times.txt"] = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:05:00,S2,2\nT2,09:00:00,09:00:00,S1,1\nT2,09:05:00,09:05:00,S2,2\n",
            ["calendar.txt"] = "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20260101,20271231\n",
        };
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return stream.ToArray();
    }
}
