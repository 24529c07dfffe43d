using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Benchmarks;

/// <summary>
/// A month of stop events for <see cref="BenchTransitCity"/> run hourly (40 routes × 2 directions × 18 runs a day × 25
/// stops × 30 days = 1.08 M calls, ≈ 1.07 M events since one run in a hundred has no vehicle: missed) in a SQLite
/// file, written once and reused by later runs (the folder name carries the generator's version). Each run starts up
/// to 3 min late and runs 0.9–1.2 × the scheduled 75 s per segment (1.2–1.5 × for runs starting 07–09 and 16–18),
/// dwelling 10–30 s at each intermediate stop; first stops have only a departure, last stops only an arrival.
/// </summary>
internal static class BenchPlanningHistory
{
    public const int HeadwaySeconds = 3600;
    public static readonly DateOnly First = new(2026, 3, 1);
    public static readonly DateOnly Last = new(2026, 3, 30);

    public static SqliteDatabase Database(TransitNetwork network)
    {
        var path = Path.Combine(Path.GetTempPath(), "polis-bench-planning-v1", "polis.db");
        var database = new SqliteDatabase(path);
        if (File.Exists(path + ".complete"))
        {
            return database;
        }

        if (Directory.Exists(Path.GetDirectoryName(path)))
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }

        database.Migrate();
        var store = new SqliteTrackingHistoryStore(database);
        var random = new Random(42);
        for (var date = First; date <= Last; date = date.AddDays(1))
        {
            var runs = network.InstancesBetween(network.ServiceDayStart(date), network.ServiceDayStart(date.AddDays(1))).Where(r => r.ServiceDate == date);
            var events = runs.Where(_ => random.NextDouble() >= 0.01).SelectMany(run => Drive(run, random)).OrderBy(e => e.Time).ToList();
            store.AppendAsync(new TrackingHistoryBatch(events, [], [], [])).GetAwaiter().GetResult();
        }

        File.WriteAllText(path + ".complete", "");
        return database;
    }

    private static IEnumerable<StopEvent> Drive(TripInstance run, Random random)
    {
        var trip = run.Trip;
        var hour = run.StartSeconds / 3600;
        var slowness = hour is >= 7 and < 9 or >= 16 and < 18 ? 1.3 : 1.0;
        var at = run.ScheduledDeparture(0).AddSeconds(random.Next(0, 180));
        for (var i = 0; i < trip.Stops.Count; i++)
        {
            DateTimeOffset? arrival = null;
            if (i > 0)
            {
                var running = (run.ScheduledArrival(i) - run.ScheduledDeparture(i - 1)).TotalSeconds * (slowness + (random.NextDouble() * 0.3) - 0.1);
                arrival = at.AddSeconds(running);
                at = arrival.Value.AddSeconds(i == trip.Stops.Count - 1 ? 0 : 10 + random.Next(0, 21));
            }

            var stop = trip.Stops[i];
            yield return new StopEvent(1, run.Key, trip.Id, trip.Route.Id, trip.Trip.DirectionId, stop.StopId, stop.Sequence, run.ServiceDate,
                $"bus-{trip.Route.Id}-{trip.Trip.DirectionId}-{run.StartSeconds}", run.ScheduledArrival(i), run.ScheduledDeparture(i), arrival,
                i == trip.Stops.Count - 1 ? null : at, false);
        }
    }
}
