using Polis.Simulator.Transit;
using Polis.Transit.Gtfs;
using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Timetable;

namespace Polis.Simulator.Tests.Transit;

/// <summary>The real GTFS feeds of ../shared/data/gtfs (found from the repository root), read and rebased as the simulator does.</summary>
internal static class RealFeed
{
    public const string BullRunner = "bullrunner-gtfs.zip";
    public const string Caltrain = "caltrain_20090308_1937.zip";
    public const string IslandTransit = "island-transit_20090312_0314.zip";
    public const string Bart = "bart.zip";

    /// <summary>A Wednesday long after every feed's calendar ended.</summary>
    public static readonly DateOnly Today = new(2026, 12, 2);

    public static byte[] Bytes(string name)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return File.ReadAllBytes(Path.Combine(root, "..", "shared", "data", "gtfs", name));
    }

    public static GtfsFeed Read(byte[] zip)
    {
        var result = GtfsZipReader.Read(new MemoryStream(zip), Today);
        Assert.True(result.Accepted, string.Join("; ", result.Report.Notices.Select(n => $"{n.Code}: {n.TotalNotices}")));
        return result.Feed;
    }

    /// <summary>The feed rebased to run on <see cref="Today"/>, as a network, and the days it moved.</summary>
    public static (TransitNetwork Network, int Days) Rebased(string name)
    {
        var original = Bytes(name);
        var days = 7 * FeedDateShift.Weeks(ServiceDateRange.Of(Read(original))!.Value, Today, Today);
        return (TransitNetworkBuilder.Build(1, Read(FeedRebaser.Rebase(original, days).Zip)), days);
    }
}
