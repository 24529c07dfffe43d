using System.Globalization;
using Microsoft.Extensions.Logging;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Model;
using Polis.Simulator.Transit;
using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Timetable;

namespace Polis.Simulator.Runtime;

/// <summary>
/// Reads a real GTFS zip with the transit module's own reader, rebases its calendar when it does not run from the
/// simulated clock's start to today (<see cref="FeedDateShift"/>), and builds the timetable the buses drive from the
/// very bytes the platform will import. A feed the platform would refuse is refused here, before anything starts.
/// </summary>
internal static class TransitFeedLoader
{
    /// <summary>
    /// The city with its buses running the feed at <paramref name="path"/>, the fleet they drive, and the zip to
    /// import. The fleet is sized on the service dates from the day before the simulated clock starts (runs past
    /// midnight) to a week ahead, so a simulator left running meets no day busier than its fleet.
    /// </summary>
    public static (SimulatedCity City, IBusSchedule Buses, byte[] Zip, string Name) Prepare(string path, SimulatedCity generated, SimulatorOptions options,
        DateTimeOffset now, ILogger logger)
    {
        var start = options.Speed > 1 ? now - options.Backfill : now;
        var feed = Load(path, start, now, logger);
        var (first, last) = (feed.Network.LocalDate(start).AddDays(-1), feed.Network.LocalDate(now).AddDays(6));
        var fleet = new TransitFleet(feed.Network, first, last, options.MaxTransitVehicles);
        SimulatorLog.TransitFleet(logger, fleet.Vehicles, fleet.Needed, first, last, options.MaxTransitVehicles);
        if (fleet.Needed > fleet.Vehicles)
        {
            SimulatorLog.TransitFleetCapped(logger, fleet.Needed, options.MaxTransitVehicles);
        }

        return (TransitFeedCity.With(generated, fleet), fleet, feed.Zip, feed.FileName);
    }

    public static LoadedTransitFeed Load(string path, DateTimeOffset simulatedStart, DateTimeOffset now, ILogger logger)
    {
        var original = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        var feed = Read(original, name, DateOnly.FromDateTime(now.UtcDateTime));
        var zone = TransitNetworkBuilder.ResolveTimeZone(feed.Feed);
        var (from, today) = (LocalDate(simulatedStart, zone), LocalDate(now, zone));
        var range = ServiceDateRange.Of(feed.Feed) ?? throw new InvalidOperationException($"The transit feed {name} has no trip that runs on any date.");
        var weeks = FeedDateShift.Weeks(range, from, today);
        if (weeks == 0)
        {
            SimulatorLog.TransitFeedCurrent(logger, name, range.First, range.Last);
            return new LoadedTransitFeed(original, name, TransitNetworkBuilder.Build(0, feed.Feed), 0);
        }

        var (zip, shifted) = FeedRebaser.Rebase(original, weeks * 7);
        var moved = range.Shifted(weeks * 7);
        SimulatorLog.TransitFeedRebased(logger, name, weeks, range.First, range.Last, moved.First, moved.Last,
            string.Join(", ", shifted.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {f.Value}"))));
        var rebased = Read(zip, name, today);
        var rebasedName = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(name)}.rebased{weeks:+0;-0}w.zip");
        return new LoadedTransitFeed(zip, rebasedName, TransitNetworkBuilder.Build(0, rebased.Feed), weeks * 7);
    }

    private static GtfsReadResult Read(byte[] zip, string name, DateOnly today)
    {
        using var stream = new MemoryStream(zip, writable: false);
        var result = GtfsZipReader.Read(stream, today);
        if (!result.Accepted)
        {
            var errors = result.Report.Notices.Where(n => n.Severity == Polis.Transit.Gtfs.Validation.GtfsSeverity.Error).Select(n => $"{n.Code} ({n.TotalNotices})");
            throw new InvalidOperationException($"The transit feed {name} is not a valid GTFS feed: {string.Join(", ", errors)}.");
        }

        return result;
    }

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
