using System.IO.Compression;
using Polis.Transit.Realtime.Protobuf;

namespace Polis.Transit.Tests.Realtime;

/// <summary>
/// A real VehiclePositions message (USF Bull Runner, shared/data/gtfs-rt) decoded with the classes generated from
/// the vendored proto. The expected values were read by hand with the protoc that Grpc.Tools bundles:
/// <c>protoc --proto_path=src/Polis.Transit/Realtime --decode=transit_realtime.FeedMessage gtfs-realtime.proto &lt; bullrunner-vehicle-positions.pb</c>.
/// </summary>
public sealed class BullrunnerVehiclePositionsTests
{
    /// <summary>The real message, beside the static feeds in ../shared/data (gtfs-rt/ next to gtfs/).</summary>
    internal static string MessagePath => Path.Combine(Path.GetDirectoryName(RealFeeds.PathOf(RealFeeds.BullRunner))!, "..", "gtfs-rt", "bullrunner-vehicle-positions.pb");

    [Fact]
    public void Decode_RealFeed_HeaderEntitiesAndFirstVehicleAsReadByHand()
    {
        var feed = FeedMessage.Parser.ParseFrom(File.ReadAllBytes(MessagePath));

        Assert.Equal("1.0", feed.Header.GtfsRealtimeVersion);
        Assert.Equal(FeedHeader.Types.Incrementality.FullDataset, feed.Header.Incrementality);
        Assert.Equal(1505314375UL, feed.Header.Timestamp); // 2017-09-13 14:52:55 UTC
        Assert.Equal(10, feed.Entity.Count);
        var first = feed.Entity[0];
        Assert.Equal("1", first.Id);
        Assert.Equal("1536", first.Vehicle.Vehicle.Id);
        Assert.Equal("F", first.Vehicle.Trip.RouteId);
        Assert.False(first.Vehicle.Trip.HasTripId); // this producer names the route only
        Assert.Equal(28.0662212, first.Vehicle.Position.Latitude, 5);
        Assert.Equal(-82.4176941, first.Vehicle.Position.Longitude, 5);
        Assert.Equal(180f, first.Vehicle.Position.Bearing);
        Assert.Equal(VehiclePosition.Types.OccupancyStatus.Empty, first.Vehicle.OccupancyStatus);
        Assert.False(first.Vehicle.HasTimestamp); // only the header is stamped (what W001 warns about)
        Assert.Equal(["1536", "1537", "1331", "2252", "3004", "1538", "3001", "3002", "1124", "9012"], feed.Entity.Select(e => e.Vehicle.Vehicle.Id));
    }

    [Fact]
    public void Decode_RealFeed_EveryTripAndRouteIdExistsInItsStaticFeed()
    {
        var feed = FeedMessage.Parser.ParseFrom(File.ReadAllBytes(MessagePath));
        using var zip = ZipFile.OpenRead(RealFeeds.PathOf(RealFeeds.BullRunner));
        var trips = ReadColumns(zip, "trips.txt", "trip_id", "route_id");

        var tripIds = trips.Select(t => t[0]).ToHashSet(StringComparer.Ordinal);
        var routeIds = trips.Select(t => t[1]).ToHashSet(StringComparer.Ordinal);
        var descriptors = feed.Entity.Select(e => e.Vehicle.Trip).ToList();
        Assert.Equal(15, tripIds.Count);
        Assert.All(descriptors.Where(t => t.HasTripId), t => Assert.Contains(t.TripId, tripIds));
        Assert.All(descriptors, t => Assert.Contains(t.RouteId, routeIds));
        Assert.Equal(["A", "B", "C", "D", "E", "F"], descriptors.Select(t => t.RouteId).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>The named columns of one file of the zip (this feed quotes nothing, so a split is enough here).</summary>
    private static List<string[]> ReadColumns(ZipArchive zip, string file, params string[] columns)
    {
        using var reader = new StreamReader(zip.GetEntry(file)!.Open());
        var header = reader.ReadLine()!.Split(',').Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var indexes = columns.Select(c => header.IndexOf(c)).ToArray();
        Assert.DoesNotContain(-1, indexes);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                var cells = line.Split(',');
                rows.Add([.. indexes.Select(i => cells[i].Trim())]);
            }
        }

        return rows;
    }
}
