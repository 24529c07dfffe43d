using System.IO.Compression;
using Polis.Simulator.Generation;
using Polis.Simulator.Gtfs;
using Polis.Simulator.Model;

namespace Polis.Simulator.Tests;

public sealed class GtfsFeedWriterTests
{
    private static readonly string[] Required = ["agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt", "calendar.txt", "shapes.txt"];

    [Fact]
    public void Write_SmallCity_ContainsRequiredFilesWithConsistentReferences()
    {
        var city = CityGenerator.Generate(42, SimulationScale.Small);
        using var stream = new MemoryStream();
        GtfsFeedWriter.Write(city, stream);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var files = Required.ToDictionary(f => f, f => Read(zip, f));

        var stops = Column(files["stops.txt"], "stop_id").ToHashSet();
        var routes = Column(files["routes.txt"], "route_id").ToHashSet();
        var services = Column(files["calendar.txt"], "service_id").ToHashSet();
        var shapes = Column(files["shapes.txt"], "shape_id").ToHashSet();
        var trips = Rows(files["trips.txt"]);
        Assert.Equal(city.Routes.Select(r => r.Id).ToHashSet(), routes);
        Assert.NotEmpty(trips);
        Assert.All(trips, t => Assert.True(routes.Contains(t["route_id"]) && services.Contains(t["service_id"]) && shapes.Contains(t["shape_id"])));
        Assert.Equal(trips.Count, trips.Select(t => t["trip_id"]).Distinct().Count());

        var tripIds = trips.Select(t => t["trip_id"]).ToHashSet();
        var stopTimes = Rows(files["stop_times.txt"]);
        Assert.All(stopTimes, st => Assert.True(tripIds.Contains(st["trip_id"]) && stops.Contains(st["stop_id"]), $"{st["trip_id"]} {st["stop_id"]}"));
        foreach (var trip in stopTimes.GroupBy(st => st["trip_id"]))
        {
            var times = trip.Select(st => Seconds(st["arrival_time"])).ToList();
            Assert.Equal(times.Order(), times);
            Assert.Equal(Enumerable.Range(1, times.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), trip.Select(st => st["stop_sequence"]));
        }
    }

    /// <summary>GTFS times pass 24:00:00 after midnight, which TimeSpan.Parse refuses.</summary>
    private static int Seconds(string time) =>
        time.Split(':').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).Aggregate(0, (total, part) => (total * 60) + part);

    private static string Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        // Quoted names may hold commas; only unquoted columns are compared here, so split on the quotes first.
        return lines.Skip(1).Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"[^\"]*\"", "q").Split(','))
            .Select(cells => header.Zip(cells).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static IEnumerable<string> Column(string csv, string column) => Rows(csv).Select(r => r[column]);
}
