using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests;

/// <summary>The real GTFS feeds in ../shared/data/gtfs (see ../shared/data/README.md), found from the repository root.</summary>
internal static class RealFeeds
{
    public const string BullRunner = "bullrunner-gtfs.zip";
    public const string Caltrain = "caltrain_20090308_1937.zip";
    public const string Bart = "bart.zip";
    public const string IslandTransit = "island-transit_20090312_0314.zip";

    /// <summary>A date inside every feed's calendar (the 2009 feeds' calendars are long past).</summary>
    public static readonly DateOnly Today = new(2009, 3, 10);

    public static string PathOf(string name)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "gtfs", name));
    }

    public static FileStream Open(string name) => File.OpenRead(PathOf(name));

    /// <summary>The feed read as of <see cref="Today"/> and indexed as feed <paramref name="feedId"/>.</summary>
    public static TransitNetwork Network(string name, long feedId)
    {
        using var zip = Open(name);
        return TransitNetworkBuilder.Build(feedId, GtfsZipReader.Read(zip, Today).Feed);
    }
}
